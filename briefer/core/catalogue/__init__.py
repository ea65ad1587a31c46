"""The forum's catalogue: its schema, reading items from it, writing a catalogue file."""
