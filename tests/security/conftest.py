from loopback import keys, server, user_state  # noqa: F401 - fixtures
