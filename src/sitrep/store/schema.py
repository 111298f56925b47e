"""SQLAlchemy 2 schema: documents, the claims found in them, and the runs that wrote them."""
from __future__ import annotations

import zlib

from sqlalchemy import JSON, BigInteger, Float, ForeignKey, Index, Integer, Sequence, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class Base(DeclarativeBase):
    pass


#: First-seen numbers on PostgreSQL (created with the tables; SQLite ignores sequences).
SEEN_SEQUENCE = Sequence("documents_seen_seq", metadata=Base.metadata, start=1)


class PackedText(TypeDecorator):
    """Text kept zlib-compressed on SQLite (a BLOB in the TEXT column) when that makes it
    smaller: PostgreSQL compresses long values itself (TOAST), SQLite does not, and a
    document's text is most of the database. Always read back as ``str``; plain text, as older
    versions stored it, reads as it is."""

    impl = Text
    cache_ok = True
    MIN_CHARS = 200  # shorter text is stored as it is

    def process_bind_param(self, value, dialect):
        if not isinstance(value, str) or dialect.name != "sqlite" or len(value) < self.MIN_CHARS:
            return value
        raw = value.encode("utf-8", "surrogatepass")
        packed = zlib.compress(raw, 6)
        return packed if len(packed) < len(raw) else value

    def process_result_value(self, value, dialect):
        if isinstance(value, bytes):
            return zlib.decompress(value).decode("utf-8", "surrogatepass")
        return value


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(512), primary_key=True)
    source: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    published: Mapped[str | None] = mapped_column(String(64), nullable=True)
    input_hash: Mapped[str] = mapped_column(String(64))
    pipeline_version: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(PackedText, default="")
    removed: Mapped[list] = mapped_column(JSON, default=list)
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    duplicate_of: Mapped[str | None] = mapped_column(String(512), nullable=True)
    similarity: Mapped[float | None] = mapped_column(Float, nullable=True)
    run_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    seen: Mapped[int] = mapped_column(BigInteger, default=0, index=True)  # first-seen order


class ClaimRow(Base):
    __tablename__ = "claims"

    claim_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(512), ForeignKey("documents.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(32), index=True)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    value_high: Mapped[float | None] = mapped_column(Float, nullable=True)
    qualifier: Mapped[str] = mapped_column(String(16), default="exact")
    vague: Mapped[str | None] = mapped_column(String(64), nullable=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    item: Mapped[str | None] = mapped_column(String(32), nullable=True)
    actor: Mapped[str | None] = mapped_column(Text, nullable=True)
    victim_side: Mapped[str | None] = mapped_column(String(64), nullable=True)  # a profile's party id
    claimant: Mapped[str | None] = mapped_column(Text, nullable=True)
    claimant_side: Mapped[str | None] = mapped_column(String(64), nullable=True)
    modality: Mapped[str] = mapped_column(String(16), default="asserted")
    scope: Mapped[str] = mapped_column(String(16), default="event")
    place_name: Mapped[str | None] = mapped_column(Text, nullable=True)
    place_lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    place_lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    place_country_code: Mapped[str | None] = mapped_column(String(8), nullable=True)
    place_geonameid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    place_precision: Mapped[str | None] = mapped_column(String(16), nullable=True)
    place_admin1: Mapped[str | None] = mapped_column(Text, nullable=True)
    place_admin1_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    actor_side: Mapped[str | None] = mapped_column(String(64), nullable=True)
    date: Mapped[str | None] = mapped_column(String(32), nullable=True)
    date_precision: Mapped[str | None] = mapped_column(String(8), nullable=True)
    date_basis: Mapped[str | None] = mapped_column(String(16), nullable=True)  # text, published
    event_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    source_url: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_outlet: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_title: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_published: Mapped[str | None] = mapped_column(String(64), nullable=True)
    evidence_text: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    seq: Mapped[int] = mapped_column(Integer, default=0)  # order within the document


class RunRow(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started: Mapped[str] = mapped_column(String(32))
    finished: Mapped[str | None] = mapped_column(String(32), nullable=True)
    inputs: Mapped[list] = mapped_column(JSON, default=list)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    pipeline_version: Mapped[str] = mapped_column(String(32))


class IndexedDocRow(Base):
    """A document whose near-duplicate bands are in the index (its signature is computed from
    its text when compared: it is not stored). A replaced document loses its row."""

    __tablename__ = "lsh_docs"
    __table_args__ = {"sqlite_with_rowid": False}

    doc_id: Mapped[str] = mapped_column(String(512), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)


class BandRow(Base):
    """The near-duplicate index: one row per LSH band of a document, keyed by 32 bits of the
    band's hash (which includes the band's number; two bands that merely share these bits are
    one more candidate, checked against the signatures like any other) and the document's
    first-seen number, so it stays small (no id strings, no row id on SQLite, no second
    index). A document indexed again adds the rows it lacks; rows its older text left are only
    extra candidates too."""

    __tablename__ = "lsh_keys"
    __table_args__ = {"sqlite_with_rowid": False}

    key: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # documents.seen


#: Tables of older versions that the current schema replaced; dropped when a database opens.
RETIRED_TABLES = ("lsh_bands", "doc_signatures", "lsh_index", "doc_minhash")

#: Indexes of older versions that nothing reads any more (claims by document: the
#: (doc_id, seq) index serves; claims by event id: never looked up); dropped when a database opens.
RETIRED_INDEXES = ("ix_claims_doc_id", "ix_claims_event_id")


Index("ix_claims_doc_seq", ClaimRow.doc_id, ClaimRow.seq)
# the members of a duplicate group (only copies have duplicate_of, so the index holds only them)
Index("ix_documents_duplicate_of", DocumentRow.duplicate_of, sqlite_where=DocumentRow.duplicate_of.is_not(None),
      postgresql_where=DocumentRow.duplicate_of.is_not(None))


# Claim linking (sitrep.link): clusters of claims that report the same thing, and
# contradictions between clusters. Filled incrementally after each run.


class LinkedDocRow(Base):
    """A document whose claims are linked, in the state they were linked in: a document whose
    input, pipeline version or duplicate group changed since is linked again."""

    __tablename__ = "linked_docs"

    doc_id: Mapped[str] = mapped_column(String(512), primary_key=True)
    state: Mapped[str] = mapped_column(String(100))  # input_hash:pipeline_version
    group_id: Mapped[str] = mapped_column(String(512))  # canonical document of its duplicate group


class ClaimLinkRow(Base):
    """A claim's cluster, with its blocking key and time window (day numbers)."""

    __tablename__ = "claim_links"

    claim_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    cluster_id: Mapped[str] = mapped_column(String(80), index=True)
    doc_id: Mapped[str] = mapped_column(String(512), index=True)
    group_id: Mapped[str] = mapped_column(String(512))
    block: Mapped[str] = mapped_column(String(300))
    day_lo: Mapped[int | None] = mapped_column(Integer, nullable=True)
    day_hi: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ClusterRow(Base):
    """One cluster of claims: its representative claim's fields and who reported it.

    ``state``: 0 up to date, 1 members changed (summary to recompute), 2 summary recomputed
    (contradictions to recompute)."""

    __tablename__ = "claim_clusters"

    cluster_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    state: Mapped[int] = mapped_column(Integer, default=1, index=True)
    block: Mapped[str] = mapped_column(String(300), default="")
    day_lo: Mapped[int | None] = mapped_column(Integer, nullable=True)
    day_hi: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rep_claim_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    rep_doc_id: Mapped[str | None] = mapped_column(String(512), nullable=True)
    category: Mapped[str] = mapped_column(String(32), default="", index=True)
    item: Mapped[str | None] = mapped_column(String(32), nullable=True)
    scope: Mapped[str] = mapped_column(String(16), default="event")
    modality: Mapped[str] = mapped_column(String(16), default="asserted")
    subject: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    value_high: Mapped[float | None] = mapped_column(Float, nullable=True)
    qualifier: Mapped[str] = mapped_column(String(16), default="exact")
    vague: Mapped[str | None] = mapped_column(String(64), nullable=True)
    victim_side: Mapped[str | None] = mapped_column(String(64), nullable=True)  # a profile's party id
    claimant: Mapped[str | None] = mapped_column(Text, nullable=True)
    claimant_side: Mapped[str | None] = mapped_column(String(64), nullable=True)
    place_name: Mapped[str | None] = mapped_column(Text, nullable=True)
    place_lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    place_lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    place_geonameid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    date: Mapped[str | None] = mapped_column(String(32), nullable=True)  # earliest date claimed
    evidence_text: Mapped[str] = mapped_column(Text, default="")
    claims: Mapped[int] = mapped_column(Integer, default=0)
    reports: Mapped[int] = mapped_column(Integer, default=0)  # documents
    independent_reports: Mapped[int] = mapped_column(Integer, default=0)  # duplicate groups
    outlets: Mapped[list] = mapped_column(JSON, default=list)
    first_seen: Mapped[str | None] = mapped_column(String(64), nullable=True)
    last_seen: Mapped[str | None] = mapped_column(String(64), nullable=True)
    members: Mapped[list] = mapped_column(JSON, default=list)  # one entry per report


class ContradictionRow(Base):
    """Two clusters from different claimants that cannot both be right."""

    __tablename__ = "contradictions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    cluster_a: Mapped[str] = mapped_column(String(80), index=True)
    cluster_b: Mapped[str] = mapped_column(String(80), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # value, denial
    category: Mapped[str] = mapped_column(String(32), index=True)
    item: Mapped[str | None] = mapped_column(String(32), nullable=True)


Index("ix_claim_links_block_day", ClaimLinkRow.block, ClaimLinkRow.day_hi)
Index("ix_claim_clusters_block_day", ClusterRow.block, ClusterRow.day_hi)

# The web page's timeline (sitrep.serve) counts claims per day and category from this index
# alone, without reading the wide rows.
SERVE_INDEXES = (Index("ix_claims_day_category", ClaimRow.date, ClaimRow.category),)
