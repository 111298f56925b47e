"""`export events --schema acled|ucdp`: one row per incident in the layouts researchers use,
opened in pandas with the documented columns and types."""
import datetime as dt

import pandas as pd
import pyarrow.parquet as pq
import pytest

from sitrep.export import ExportError, export
from sitrep.export_events import ACLED_COLUMNS, UCDP_COLUMNS, event_type
from sitrep.extract import extract_claims
from sitrep.records import Document
from sitrep.store import Store

TEXT = ("Russian artillery shelled Kherson on Thursday, killing two residents and wounding six, "
        "the regional administration said.\n\n"
        "Ukraine's air force said it shot down 11 drones over the Odesa region overnight.")


@pytest.fixture
def store(tmp_path):
    doc = Document(id="k1", url="https://south-desk.example/k1", title="Kherson shelled", published="2023-11-03",
                   text=TEXT)
    doc.claims = extract_claims(doc)
    copy = Document(id="k2", url="https://wire.example/k2", title="Kherson", published="2023-11-03",
                    text="Two people were killed when Russian artillery shelled Kherson on Thursday, officials said.")
    copy.claims = extract_claims(copy)
    with Store(str(tmp_path / "e.db")) as s:
        s.save(doc)
        s.save(copy)
        yield s


def test_acled_parquet_opens_in_pandas_with_typed_columns(store, tmp_path):
    out = tmp_path / "acled.parquet"
    n = export(store, "events", "parquet", str(out), "acled")
    frame = pd.read_parquet(out)
    assert list(frame.columns) == [c for c, _ in ACLED_COLUMNS] and len(frame) == n >= 2
    types = {f.name: str(f.type) for f in pq.read_schema(out)}
    assert types["event_date"] == "date32[day]" and types["data_id"] == "int64" and types["fatalities"] == "int64"
    assert types["latitude"] == "double" and types["geo_precision"] == "int64"
    kherson = frame[(frame.doc_id == "k1") & (frame.location == "Kherson")].iloc[0]
    assert kherson.event_date == dt.date(2023, 11, 2) and kherson.fatalities == 2
    assert (kherson.event_type, kherson.sub_event_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert kherson.geo_precision == 1 and kherson.source == "south-desk.example" and "Kherson" in kherson.notes
    drones = frame[frame.sub_event_type == "Disrupted weapons use"]
    assert len(drones) == 1 and drones.iloc[0].fatalities == 0


def test_ucdp_parquet_has_best_low_high_from_the_cluster(store, tmp_path):
    out = tmp_path / "ucdp.parquet"
    export(store, "events", "parquet", str(out), "ucdp")
    frame = pd.read_parquet(out)
    assert list(frame.columns) == [c for c, _ in UCDP_COLUMNS]
    types = {f.name: str(f.type) for f in pq.read_schema(out)}
    assert types["date_start"] == "date32[day]" and types["id"] == "int64" and types["source_article"] == "list<element: string>"
    assert set(frame.doc_id) == {"k1", "k2"}  # only incidents with deaths
    row = frame[frame.doc_id == "k1"].iloc[0]
    assert (row.best, row.low, row.high) == (2, 2, 2) and row.type_of_violence == 3 and row.side_b == "Civilians"
    assert row.date_start == row.date_end == dt.date(2023, 11, 2)
    assert list(row.source_article) == ["https://south-desk.example/k1"]


def test_events_csv_and_jsonl(store, capsys):
    export(store, "events", "csv", None, "ucdp")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("id,relid,year,type_of_violence") and len(lines) == 3
    export(store, "events", "jsonl", None, "acled")
    assert '"event_date": "2023-11-02"' in capsys.readouterr().out


def test_bad_schema_or_table_is_a_clear_error(store):
    with pytest.raises(ExportError, match="unknown schema 'gdelt'"):
        export(store, "events", "jsonl", None, "gdelt")
    with pytest.raises(ExportError, match="--schema applies to `export events`"):
        export(store, "claims", "jsonl", None, "acled")


class _C:
    def __init__(self, category, text, victim_side=None, item=None):
        self.category, self.evidence_text, self.victim_side, self.item = category, text, victim_side, item


@pytest.mark.parametrize("claims, expected", [
    ([_C("attack", "An air strike hit the market.")], ("Explosions/Remote violence", "Air/drone strike")),
    ([_C("killed", "Gunmen killed five villagers.", "civilian")], ("Violence against civilians", "Attack")),
    ([_C("killed", "Five soldiers died in fighting.", "ukraine")], ("Battles", "Armed clash")),
    ([_C("territory", "Troops recaptured the town.")], ("Battles", "Government regains territory")),
    ([_C("territory", "Rebels seized the town.")], ("Battles", "Non-state actor overtakes territory")),
    ([_C("protest", "Hundreds protested.")], ("Protests", "Peaceful protest")),
    ([_C("abducted", "Gunmen abducted a priest.")], ("Violence against civilians", "Abduction/forced disappearance")),
    ([_C("materiel_lost", "Air defence shot down 11 drones.", item="drone")], ("Strategic developments", "Disrupted weapons use")),
    ([_C("displaced", "Authorities ordered 20,000 people to leave.")], ("Strategic developments", "Other")),
])
def test_acled_event_types(claims, expected):
    assert event_type(claims) == expected
