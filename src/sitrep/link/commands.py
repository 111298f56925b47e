"""What `sitrep contradictions` and `sitrep tally` print: rich tables, JSON Lines or CSV."""
from __future__ import annotations

import csv
import json
import sys
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from .tables import iter_contradictions
from .tally import TALLY_FIELDS, check_request, tally

TALLY_FORMATS = ("table", "jsonl", "csv")
EVIDENCE_CHARS = 120  # evidence shown in the tally table (jsonl and csv keep it whole)


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _figure(side: dict[str, Any]) -> str:
    q = side.get("qualifier") or "exact"
    text = _num(side.get("value"))
    if q == "range" and side.get("value_high") is not None:
        text += "-" + _num(side["value_high"])
    elif q not in ("exact", "range"):
        text = f"{q.replace('_', ' ')} {text}"
    if side.get("vague"):
        text = f"{side['vague']} ({text})"
    if side.get("modality") == "denied":
        text = "denied" + (f" {text}" if side.get("value") is not None else "")
    return text


def _who(side: dict[str, Any]) -> str:
    who = side.get("claimant") or "(unattributed)"
    return f"{who} [{side['claimant_side']}]" if side.get("claimant_side") else who


def _sources(side: dict[str, Any]) -> str:
    outlets = side.get("outlets") or []
    text = ", ".join(outlets) if outlets else side.get("doc_id") or ""
    n, ind = side.get("reports") or 0, side.get("independent_reports") or 0
    return f"{text} ({n} report{'s' if n != 1 else ''}, {ind} independent)"


def _side(side: dict[str, Any]) -> str:
    return f"{_figure(side)}\n{_who(side)}\n{_sources(side)}"


def contradictions_table(engine, category: str | None = None, limit: int = 100) -> tuple[Table, int]:
    """A rich table of the stored contradictions; returns (table, total count)."""
    table = Table(title="contradictions", show_lines=True)
    for col in ("kind", "what", "where, when", "first reported", "against"):
        table.add_column(col)
    total = 0
    for rec in iter_contradictions(engine, category):
        total += 1
        if total > limit:
            continue
        a, b = rec["a"], rec["b"]
        what = rec["category"] + (f" ({rec['item']})" if rec.get("item") else "")
        subject = a.get("subject") or b.get("subject")
        if subject:
            what += f": {subject}"
        when = rec["window_from"] or "undated"
        if rec.get("window_to") and rec["window_to"] != rec["window_from"]:
            when += f" to {rec['window_to']}"
        where = rec.get("place_name") or "(no place)"
        table.add_row(rec["kind"], what, f"{where}\n{when}", _side(a), _side(b))
    return table, total


def print_contradictions(engine, console: Console, category: str | None = None, limit: int = 100) -> int:
    table, total = contradictions_table(engine, category, limit)
    if total == 0:
        console.print("no contradictions" + (f" for category {category!r}" if category else ""))
        return 0
    console.print(table)
    if total > limit:
        console.print(f"{total - limit} more not shown; `sitrep export contradictions` writes them all")
    return total


def _write_tally_csv(points: list[dict[str, Any]], fh: IO[str]) -> None:
    writer = csv.DictWriter(fh, fieldnames=TALLY_FIELDS)
    writer.writeheader()
    for p in points:
        writer.writerow({**p, "outlets": json.dumps(p["outlets"], ensure_ascii=False)})


def print_tally(engine, console: Console, category: str, item: str | None, claimant_side: str | None,
                fmt: str, out: IO[str] | None = None) -> int:
    """Print a tally in one format; raises TallyError (naming the choices) for unknown ones."""
    from .tally import TallyError

    if fmt not in TALLY_FORMATS:
        raise TallyError(f"unknown format {fmt!r}: choose one of {', '.join(TALLY_FORMATS)}")
    check_request(engine, category, item)
    points = list(tally(engine, category, item, claimant_side))
    out = out or sys.stdout
    if fmt == "jsonl":
        for p in points:
            out.write(json.dumps(p, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        _write_tally_csv(points, out)
    elif not points:
        console.print(f"no running totals for {category}" + (f" ({item})" if item else "")
                      + (f" from claimants of side {claimant_side!r}" if claimant_side else ""))
    else:
        title = f"tally: {category}" + (f" ({item})" if item else "")
        table = Table(title=title)
        for col in ("claimant", "side", "date", "item", "value", "reports", "doc_id", "evidence"):
            table.add_column(col)
        for p in points:
            evidence = p["evidence"] or ""
            if len(evidence) > EVIDENCE_CHARS:
                evidence = evidence[: EVIDENCE_CHARS - 3] + "..."
            table.add_row(p["claimant"] or "(unattributed)", p["claimant_side"] or "", p["date"] or "",
                          p["item"] or "", _figure({**p, "modality": "asserted"}),
                          f"{p['reports']} ({p['independent_reports']} independent)", p["doc_id"] or "", evidence)
        console.print(table)
    return len(points)
