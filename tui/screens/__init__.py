"""The app's screens: board, compare, reader, documents, speakers, and the dialogs."""
