"""A web page's main text and metadata, through trafilatura."""

from __future__ import annotations

from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from factcheck.errors import InputError

# Fewer words than this is navigation or a cookie banner, not an article.
MIN_ARTICLE_WORDS: int = 5

# Dates only from the page's own markup: a date found in running text or a link is a
# guess, and a wrong publication date is worse than none.
DATE_PARAMS: dict[str, bool] = {"extensive_search": False, "original_date": True}

#: Reads pages nested deeper than libxml2's default limit of 255 elements.
_DEEP_PARSER = lxml.html.HTMLParser(huge_tree=True)

# trafilatura's metadata field -> Document field.
METADATA_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("sitename", "outlet"),
    ("url", "url"),
    ("date", "published"),
)


def _extract(html: str | lxml.html.HtmlElement) -> Any:
    return trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params=DATE_PARAMS,
    )


def extract_html(html: str, name: str) -> tuple[dict[str, str], str]:
    """Return the page's metadata (Document field names) and its main text.

    The headline is kept as the title and dropped from the text when the text opens
    with it: a headline has no end punctuation and would run into the first sentence.
    """
    extracted = _extract(html)
    text = (extracted.text or "") if extracted is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        # libxml2 stops at 255 nested elements and the article below them is lost; its
        # "huge" mode reads 2,048 levels. Only a page that came out empty is read again.
        try:
            extracted = _extract(lxml.html.document_fromstring(html, parser=_DEEP_PARSER))
        except (lxml.etree.ParserError, ValueError):  # nothing a parser can read
            extracted = None
        text = (extracted.text or "") if extracted is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputError(f"{name}: no article text found in the page")
    meta = {
        field: value.strip()
        for attribute, field in METADATA_FIELDS
        if (value := getattr(extracted, attribute, None)) and value.strip()
    }
    first_line, _, rest = text.partition("\n")
    if rest.strip() and first_line.strip() == meta.get("title"):
        text = rest
    return meta, text
