"""The kinds a search can be narrowed to (`engine.Filters.kinds`)."""

# The catalogue's kinds, the delegation's notes, and its own meetings and contacts as results
# name them (`engine.Hit.what`): "person" is the catalogue's alone.
SEARCH_KINDS = (
    "session", "project", "person", "organisation", "theme", "edition", "venue", "note",
    "meeting", "contact",
)  # fmt: skip
