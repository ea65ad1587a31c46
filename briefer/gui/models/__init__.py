"""Qt item models over the store, reading rows in batches."""
