"""MinHash signatures of cleaned text and their LSH bands (datasketch).

Shingles are 5-word windows of the lower-cased word tokens, so other boilerplate, another
title or a truncated copy change only a few shingles at the edges. Bands of 3 rows over 126
permutations make documents with Jaccard similarity 0.3 candidates two times out of three and
0.5 almost always, while distinct articles on one topic (Jaccard near 0.02) almost never are.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from itertools import accumulate

import numpy as np
from datasketch import MinHash

NUM_PERM = 126
ROWS = 3
BANDS = NUM_PERM // ROWS
SHINGLE = 5
SEED = 7
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Signature:
    size: int  # distinct shingles
    values: np.ndarray  # uint hash values, NUM_PERM of them

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()  # MinHash values are below 2**32

    @classmethod
    def from_bytes(cls, size: int, data: bytes) -> "Signature":
        return cls(size, np.frombuffer(data, dtype="<u4").astype(np.uint64))


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    # each shingle is a slice of the words joined once (not a join per window)
    joined = " ".join(words)
    data = joined.encode("utf-8")
    sizes = map(len, words) if joined.isascii() else (len(w.encode("utf-8")) for w in words)
    starts = [0, *accumulate(n + 1 for n in sizes)]  # byte offset of each word, and the end + 1
    return {data[starts[i] : starts[i + k] - 1] for i in range(len(words) - k + 1)}


_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED)  # drawn once, not once per document


def _sha1_32(values: set[bytes]) -> list[int]:
    """datasketch's default hash of each value (the first 4 bytes of its SHA-1, little-endian)."""
    sha1 = hashlib.sha1
    return np.frombuffer(b"".join([sha1(v).digest()[:4] for v in values]), dtype="<u4").tolist()


def signature(text: str) -> Signature:
    """datasketch's MinHash (NUM_PERM permutations, SEED) of the text's shingles."""
    sh = shingles(text)
    m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_PERMUTATIONS.permutations,
                scheme=_PERMUTATIONS.scheme, hashfunc=int)
    if sh:
        m.update_batch(_sha1_32(sh))
    return Signature(len(sh), np.asarray(m.hashvalues, dtype=np.uint64))


def bands(sig: Signature) -> list[int]:
    """One signed 64-bit hash per band (fits a BIGINT column); the band's number is hashed in,
    so equal hashes mean the same band with the same values."""
    raw = sig.values.astype("<u8").tobytes()  # sliced as bytes: a NumPy slice per band cost more than its hash
    step = ROWS * 8
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes
    return [from_bytes(blake2b(_BAND_NUMBERS[b] + raw[b * step : (b + 1) * step], digest_size=8).digest(), "little",
                       signed=True) for b in range(BANDS)]


_BAND_NUMBERS = [bytes([b]) for b in range(BANDS)]


def jaccard(a: Signature, b: Signature) -> float:
    if a.size == 0 or b.size == 0:
        return 0.0
    return float(np.count_nonzero(a.values == b.values)) / NUM_PERM


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of the smaller document's shingles found in the other one."""
    j = jaccard(a, b)
    small = min(a.size, b.size)
    if small == 0:
        return 0.0
    return min(1.0, j * (a.size + b.size) / ((1 + j) * small))
