"""Word tables the rules read, one module per family: the rules that are data, kept in one place."""
