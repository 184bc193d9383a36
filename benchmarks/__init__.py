"""Benchmarks that measure factcheck's speed and accuracy; outside the product.

The product (``factcheck``, ``tui``) imports nothing from here: ``command``
adds ``factcheck bench`` to the CLI through the ``factcheck.commands`` entry
point, as the app adds ``factcheck tui``. ``scoring`` holds the pure metrics,
``baseline`` the naive regex floor, ``polnear`` the PolNeAR attribution
benchmark, ``speed``, ``align`` and ``fuzz`` the other ``bench`` commands,
and ``tui_latency`` times the review app (run as a script).
"""
