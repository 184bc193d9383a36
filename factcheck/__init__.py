"""factcheck: who claims what across news sources, and where they disagree."""

__version__ = "0.1.0"
