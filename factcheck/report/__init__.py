"""The shareable HTML report: comparison tables, range charts as inline SVG, marked sentences."""
