"""Search: text folding for Arabic, French and English, and the FTS5 query engine."""
