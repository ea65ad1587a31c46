"""The kinds of source Briefer reads; light, so the command line can list them cheaply."""

KINDS = ("briefer", "frab-xml", "frab-json", "ics", "csv")
