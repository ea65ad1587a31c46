"""Briefing packs: content model, Arabic-capable text layout, PDF rendering, history."""
