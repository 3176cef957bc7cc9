from .live import live_habar  # noqa: F401  (the real-server fixture for live and browser tests)
