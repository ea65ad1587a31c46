"""The window's dialogs, each a small class whose `ask` tests can replace."""
