"""What the front ends show, read from the store as plain records: one query per listing.

The window's models and the command line call these functions; neither runs SQL of its own.
"""
