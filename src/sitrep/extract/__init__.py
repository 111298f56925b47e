"""Claim extraction: cleaned documents -> claim records (see shared spec, claims.md).

    from sitrep.extract import extract_claims, extract_step
    claims = extract_claims(doc)             # doc.text is the cleaned text
    docs = extract_step(docs, geocoder=None) # sets doc.claims on each document
"""
from .pipeline import ExtractionError, extract_claims, extract_step
from .vocab import VocabularyError

__all__ = ["extract_claims", "extract_step", "ExtractionError", "VocabularyError"]
