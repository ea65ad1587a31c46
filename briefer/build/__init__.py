"""Build-time tools (not loaded by the running app): the bundled catalogue from the facts."""
