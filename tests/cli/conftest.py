from loopback import server  # noqa: F401 - the loopback HTTP server fixture
