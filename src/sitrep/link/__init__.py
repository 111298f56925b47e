"""Linking: syndicated copies (MinHash LSH), claim clusters, contradictions and tallies."""
from .clusters import UpdateResult, refresh, update_clusters
from .duplicates import is_duplicate, link_documents, link_pending, similarity
from .contradictions import contradiction
from .match import same_claimant, same_report
from .minhash import Signature, signature
from .tally import tally

__all__ = [
    "Signature", "UpdateResult", "contradiction", "is_duplicate", "link_documents", "link_pending",
    "refresh", "same_claimant", "same_report", "signature", "similarity", "tally", "update_clusters",
]
