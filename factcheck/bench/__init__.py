"""Benchmarks that measure the extractor against annotated corpora.

``scoring`` holds the pure metrics, the parse cache is a workspace file,
``baseline`` is the naive regex floor, and ``polnear`` runs the PolNeAR
attribution benchmark (its click command is ``polnear_command``).
"""
