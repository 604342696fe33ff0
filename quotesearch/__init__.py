"""quotesearch: who said what, where.

Find every quotation in a news article, attribute it to its speaker, index it and search it.
The library never imports click; :mod:`quotesearch.cli` is a thin shell over it.
"""
from quotesearch.errors import QuotesearchError
from quotesearch.model import Document, Quote

__version__ = "0.1.0"

__all__ = ["Document", "Quote", "QuotesearchError", "extract", "__version__"]


def extract(document, *, include_scare=False):
    """The attributed quotes of one :class:`Document`, in text order (none from its front matter)."""
    from quotesearch.attribution import attribute
    from quotesearch.documents import parser_view

    return attribute(parser_view(document), include_scare=include_scare)
