"""Briefer: a delegation's briefing for a diplomatic forum, prepared, carried and printed."""

__version__ = "0.1.0"
