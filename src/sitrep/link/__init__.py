"""Linking: syndicated copies (MinHash LSH); claim clusters and contradictions come next."""
from .duplicates import is_duplicate, link_documents, link_pending, similarity
from .minhash import Signature, signature

__all__ = ["Signature", "is_duplicate", "link_documents", "link_pending", "signature", "similarity"]
