"""Articles in, Document records out: files, folders, web pages and pasted text."""

from factcheck.documents.decoding import MAX_BYTES, display_name, printable
from factcheck.documents.loaders import SUFFIXES, iter_paths, load_path, load_stream, load_text

__all__ = ["MAX_BYTES", "SUFFIXES", "display_name", "iter_paths", "load_path", "load_stream",
           "load_text", "printable"]
