"""Cleaning: raw HTML or text in, the article's paragraphs out, with every removal explained.

``clean_text`` and ``clean_html`` return a ``CleanResult`` (text, removed, meta);
``clean_document`` fills a ``Document``'s ``text`` and ``removed``; ``clean_step`` maps it
over an iterator of documents.
"""
from sitrep.clean.document import clean_document, clean_step
from sitrep.clean.html import clean_html
from sitrep.clean.text import CleanResult, clean_text

__all__ = ["CleanResult", "clean_document", "clean_html", "clean_step", "clean_text"]
