"""Benchmarks that measure the extractor against annotated corpora.

``scoring`` holds the pure metrics, ``parsecache`` keeps parses between runs,
``baseline`` is the naive regex floor, and ``polnear`` runs the PolNeAR
attribution benchmark (its click command is ``polnear_command``).
"""
