"""`sitrep show CLAIM_ID`: one claim, its sentence in the text around it, and its cluster."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from .cli import DB_HELP, DEFAULT_DB, _with_links, app, at_least, err


@app.command()
def show(
    claim_id: str = typer.Argument(..., metavar="CLAIM_ID", help="The claim's id (the claim_id column of `sitrep export claims`)."),
    db: str = typer.Option(DEFAULT_DB, "--db", metavar="PATH_OR_URL", help=DB_HELP),
    context: int = typer.Option(300, "--context", metavar="CHARS", callback=at_least(0), help="Characters of the document shown before and after the claim's sentence."),
) -> None:
    """Print a claim: its fields, its sentence in context (between » and «), its document, and
    the cluster of reports of the same thing (who else reported it, where, when)."""
    if "://" not in db and not Path(db).exists():
        err.print(f"[red]error[/red]: database {db!r} does not exist (run `sitrep run` first)", markup=True)
        raise typer.Exit(2)
    found: list[bool] = []
    _with_links(db, lambda engine: found.append(_show(engine, claim_id, context, Console(highlight=False, soft_wrap=True))))
    if not found or not found[0]:
        err.print(f"[red]error[/red]: no claim {claim_id!r} in {db!r} (`sitrep export claims` lists the ids)",
                  markup=True, soft_wrap=True)
        raise typer.Exit(1)


def _show(engine, claim_id: str, context: int, out: Console) -> bool:
    from sqlalchemy.orm import Session

    from .link.tables import cluster_record
    from .store.convert import claim_record
    from .store.schema import ClaimLinkRow, ClaimRow, ClusterRow, DocumentRow

    with Session(engine) as s:
        row = s.get(ClaimRow, claim_id)
        if row is None:
            return False
        claim = claim_record(row)
        doc = s.get(DocumentRow, row.doc_id)
        link = s.get(ClaimLinkRow, claim_id)
        cluster = s.get(ClusterRow, link.cluster_id) if link is not None else None
        cluster = cluster_record(cluster) if cluster is not None else None
    out.print(f"[bold]claim {escape(claim_id)}[/bold]")
    place = claim.get("place") or {}
    for key, value in claim.items():
        if key in ("claim_id", "evidence", "place") or value in (None, ""):
            continue
        out.print(f"  {key}: {escape(str(value))}")
    if place:
        where = ", ".join(f"{k} {v}" for k, v in place.items() if v is not None and k != "name")
        out.print(f"  place: {escape(str(place.get('name')))}" + (f" ({escape(where)})" if where else ""))
    out.print(f"\n[bold]document[/bold] {escape(row.doc_id)}")
    if doc is not None:
        for key in ("title", "url", "published", "source"):
            if getattr(doc, key):
                out.print(f"  {key}: {escape(str(getattr(doc, key)))}")
        start, end = row.evidence_start, row.evidence_end
        before = doc.text[max(0, start - context):start]
        after = doc.text[end:end + context]
        lead = "..." if start > context else ""
        tail = "..." if end + context < len(doc.text) else ""
        out.print(f"\n{lead}{escape(before)}[bold]»{escape(doc.text[start:end])}«[/bold]{escape(after)}{tail}")
    if cluster is None:
        out.print("\n[bold]cluster[/bold]: not linked yet")
        return True
    n, ind = cluster["reports"], cluster["independent_reports"]
    out.print(f"\n[bold]cluster[/bold] {escape(cluster['cluster_id'])}: {n} report(s), {ind} independent; "
              f"outlets: {escape(', '.join(cluster['outlets']) or '(none)')}; "
              f"first seen {cluster['first_seen'] or '?'}, last seen {cluster['last_seen'] or '?'}")
    for member in cluster["members"]:
        mark = " (this claim)" if claim_id in (member.get("claim_ids") or []) else ""
        said = f"; claimant: {member['claimant']}" if member.get("claimant") else ""
        dup = f"; copy of {member['duplicate_of']}" if member.get("duplicate_of") else ""
        out.print(f"  - {escape(str(member.get('doc_id')))} ({escape(str(member.get('published') or 'undated'))}"
                  f"{escape(said + dup)}){mark}")
    return True
