"""clean_and_extract on several processes: the same items, in the same order, as on one."""
from sitrep.pipeline import _chunks, clean_and_extract
from sitrep.records import Document, Failure, Warning_

TOWNS = ["Goma", "El Fasher", "Khan Younis", "Kharkiv", "Djibo", "Lashio", "Marib", "Bamako"]


def _inputs() -> list:
    items = []
    for n in range(40):
        town = TOWNS[n % len(TOWNS)]
        text = "" if n % 13 == 5 else (f"Shelling killed {n + 2} civilians in {town} on Monday, officials said. "
                                         f"{n + 4} others were wounded. " * (1 + n % 3))
        items.append(Document(id=f"d{n}", source=f"in.jsonl:{n}", published="2024-05-10", raw_text=text))
        if n % 11 == 3:
            items.append(Failure(f"in.jsonl:{n}x", "invalid JSON"))  # a reader's failure passes through
    return items


def _summary(items) -> list[tuple]:
    out = []
    for item in items:
        if isinstance(item, Document):
            out.append(("doc", item.id, item.text, [c.to_dict() for c in item.claims]))
        elif isinstance(item, (Failure, Warning_)):
            out.append((type(item).__name__, item.source, getattr(item, "message", None) or item.reason))
    return out


def test_two_processes_give_the_items_of_one_in_input_order():
    one = _summary(clean_and_extract(_inputs(), workers=1))
    two = _summary(clean_and_extract(_inputs(), workers=2))
    assert two == one
    assert [x[1] for x in one if x[0] == "doc"] == [f"d{n}" for n in range(40)]
    assert sum(len(x[3]) for x in one if x[0] == "doc") >= 40 * 2
    assert any(x[0] == "Warning_" for x in one) and any(x[0] == "Failure" for x in one)


def test_chunks_keep_every_item_once_in_order_and_bound_their_size():
    items = _inputs()
    chunks = list(_chunks(items, size=1_000))
    assert [i for c in chunks for i in c] == items
    assert len(chunks) > 5
    assert all(sum(len(d.raw_text) for d in c[:-1] if isinstance(d, Document)) < 1_000 for c in chunks)


def test_each_document_carries_the_signature_of_its_cleaned_text_from_whichever_process():
    from sitrep.link.minhash import signature

    for workers in (1, 2):
        out = [d for d in clean_and_extract(_inputs(), workers) if isinstance(d, Document)]
        assert len(out) == 40
        for d in out:
            assert d.signature is not None
            assert d.signature.size == signature(d.text).size
            assert (d.signature.values == signature(d.text).values).all()


def test_queuing_ahead_for_the_callers_other_work_keeps_every_item_once_in_order():
    from sitrep.pipeline import Lookahead

    one = _summary(clean_and_extract(_inputs(), 1))
    lookahead = Lookahead()
    got = []
    for n, item in enumerate(clean_and_extract(_inputs(), 2, lookahead)):
        got.append(item)
        if n % 5 == 0:
            lookahead.keep_busy(30.0)  # far more than the input: the rest of it is queued
    assert _summary(got) == one
    lookahead.keep_busy(1.0)  # after the run: nothing left to feed, no error
