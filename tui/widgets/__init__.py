"""Widgets of the factcheck app, grouped by what they show."""
