from ..support.browser import browser, live_url  # noqa: F401  (fixtures: headless Chromium, the app on a port)
