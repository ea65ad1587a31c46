"""Briefer's domain: store, catalogue, search, marks, notes, sync and packs. No Qt here."""
