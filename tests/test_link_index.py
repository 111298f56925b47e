"""The near-duplicate index and the storage that keeps the database small: signatures equal to
datasketch's MinHash of the shingles, an older database's index replaced and rebuilt with the
same groups, document text compressed on SQLite and read back unchanged."""
import sqlite3
from pathlib import Path

import numpy as np
from datasketch import MinHash

from backends import count, rows

from sitrep.link import link_pending
from sitrep.link.duplicates import pending
from sitrep.link.minhash import NUM_PERM, SEED, shingles, signature
from sitrep.link.variants import variants
from sitrep.records import Document
from sitrep.store import Store

STORIES = Path(__file__).parent / "fixtures" / "link" / "stories"
STORY = (STORIES / "bridge_base.txt").read_text()
TEXTS = [
    STORY,
    "Обстріл Харкова: загинули п'ятеро цивільних, повідомив губернатор Олег Синєгубов у понеділок.",
    "Ğazze'de çatışmalar sürüyor; yetkililer 12 kişinin öldüğünü söyledi.",
    "three short words",
    "",
]


def plain_shingles(text: str) -> set[bytes]:
    """The definition: 5-word windows of the lower-cased words, joined by spaces."""
    import re

    words = re.findall(r"\w+", text.lower())
    if len(words) < 5:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + 5]).encode() for i in range(len(words) - 4)}


def test_signature_is_datasketchs_minhash_of_the_five_word_shingles():
    for text in TEXTS:
        assert shingles(text) == plain_shingles(text)
        m = MinHash(num_perm=NUM_PERM, seed=SEED)
        m.update_batch(plain_shingles(text))
        sig = signature(text)
        assert sig.size == len(plain_shingles(text))
        assert np.array_equal(sig.values, np.asarray(m.hashvalues, dtype=np.uint64)), text[:30]


def _corpus() -> list[Document]:
    docs = []
    for n, path in enumerate(sorted(STORIES.glob("*_base.txt"))[:3]):
        base = path.read_text()
        docs.append(Document(id=path.stem, text=base, raw_text=base, published=f"2024-06-0{n + 1}"))
        for kind, copy in variants(base, seed=n).items():
            docs.append(Document(id=f"{path.stem}~{kind}", text=copy, raw_text=copy, published=f"2024-06-0{n + 2}"))
    return docs


def test_an_older_databases_index_is_dropped_and_rebuilt_with_the_same_groups(tmp_path):
    db = str(tmp_path / "old.db")
    with Store(db) as store:
        for d in _corpus():
            store.save(d)
        link_pending(store.engine)
        before = {r.id: (r.duplicate_of, r.similarity) for r in store.iter_documents()}
    assert any(dup for dup, _sim in before.values())
    with sqlite3.connect(db) as con:  # as an older sitrep left it: its index tables and claim indexes
        con.execute("DROP TABLE lsh_keys")
        con.execute("DROP TABLE lsh_docs")
        con.execute("CREATE TABLE doc_minhash (doc_id VARCHAR(512) PRIMARY KEY, size INTEGER, signature BLOB)")
        con.execute("CREATE TABLE lsh_index (hash BIGINT, doc BIGINT, PRIMARY KEY (hash, doc)) WITHOUT ROWID")
        con.execute("INSERT INTO doc_minhash SELECT id, 1, x'00' FROM documents")
        con.execute("CREATE INDEX ix_claims_doc_id ON claims (doc_id)")
        con.execute("CREATE INDEX ix_claims_event_id ON claims (event_id)")
    with Store(db) as store:
        names = {r[0] for r in rows(db, "select name from sqlite_master")}
        assert not names & {"doc_minhash", "lsh_index", "ix_claims_doc_id", "ix_claims_event_id"}
        assert {"lsh_docs", "lsh_keys", "ix_documents_duplicate_of"} <= names
        assert len(pending(store.engine)) == len(before)  # every document is indexed again
        link_pending(store.engine)
        assert {r.id: (r.duplicate_of, r.similarity) for r in store.iter_documents()} == before
        assert pending(store.engine) == [] and count(db, "lsh_keys") > 0


def test_document_text_is_compressed_on_sqlite_and_reads_back_unchanged(tmp_path):
    db = str(tmp_path / "t.db")
    long = STORY
    texts = {"long": long, "short": "Five tanks were destroyed near Izium.", "cyrillic": TEXTS[1] * 5, "empty": ""}
    with Store(db) as store:
        for doc_id, text in texts.items():
            store.save(Document(id=doc_id, text=text, raw_text=text))
        with sqlite3.connect(db) as con:
            kinds = dict(con.execute("select id, typeof(text) from documents"))
            con.execute("INSERT INTO documents (id, source, input_hash, pipeline_version, text, removed, meta, seen) "
                        "VALUES ('older', '', 'h', '4', ?, '[]', '{}', 99)", (long,))  # plain text, as before
        assert kinds["long"] == "blob" and kinds["cyrillic"] == "blob" and kinds["short"] == "text"
        stored = {r.id: r.text for r in store.iter_documents()}
    assert stored == {**texts, "older": long}
