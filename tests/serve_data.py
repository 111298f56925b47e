"""A small database for the web page's tests: claims whose filters, map cells, timeline,
contradiction and tallies are known in advance (written for these tests, not taken from news)."""
from __future__ import annotations

from sitrep.records import Claim, Document, Evidence, Place, Removal
from sitrep.store import Store

AVDIIVKA = Place("Avdiivka", 48.139, 37.743, "UA", 712165, "settlement")
KHARKIV = Place("Kharkiv", 49.982, 36.254, "UA", 706483, "settlement")
KHARKIV_REGION = Place("Kharkiv Oblast", 49.5, 36.5, "UA", 706482, "region")

SENTENCES = {
    "alpha": "The General Staff said its units destroyed 14 tanks near Avdiivka on Friday.",
    "beta": "The Defence Ministry said only two tanks were lost near Avdiivka on Friday.",
    "gamma": "Monitors said 1,000 civilians have been killed since the war began. A market in Kharkiv was shelled.",
    "delta": "Monitors now say 1,200 civilians have been killed since the war began.",
    "epsilon": "About 500 people fled villages of the region, officials said.",
}


def _claim(doc: str, n: int, category: str, value, place, date, claimant=None, side=None, scope="event",
           item=None, part=0) -> Claim:
    text = SENTENCES[doc]
    start = 0 if part == 0 else text.index(". ") + 2
    end = len(text) if part == 1 or ". " not in text else text.index(". ") + 1
    return Claim(claim_id=f"{doc}-{n}", doc_id=doc, category=category, value=value, item=item,
                 evidence=Evidence(text=text[start:end], start=start, end=end), place=place, date=date,
                 date_precision="day" if date and len(date) == 10 else None, claimant=claimant,
                 claimant_side=side, scope=scope, modality="claimed" if claimant else "asserted", subject="")


def documents() -> list[Document]:
    docs = []
    for name, url, published in [("alpha", "https://www.alpha-news.example/a", "2024-03-02"),
                                 ("beta", "https://beta-wire.example/b", "2024-03-02"),
                                 ("gamma", "https://gamma-post.example/g", "2024-02-02"),
                                 ("delta", "https://gamma-post.example/d", "2024-03-03"),
                                 ("epsilon", None, "2024-03-06")]:
        text = SENTENCES[name]
        docs.append(Document(id=name, source=f"{name}.txt", raw_text=text, text=text, url=url,
                             title=f"Report {name}", published=published,
                             removed=[Removal("Share this story", "share_subscribe")]))
    by = {d.id: d for d in docs}
    by["alpha"].claims.append(_claim("alpha", 1, "materiel_lost", 14, AVDIIVKA, "2024-03-01", "General Staff", "ukraine", item="tank"))
    by["beta"].claims.append(_claim("beta", 1, "materiel_lost", 2, AVDIIVKA, "2024-03-01", "Defence Ministry", "russia", item="tank"))
    by["gamma"].claims.append(_claim("gamma", 1, "killed", 1000, None, "2024-02-01", "UN monitors", "other", scope="cumulative"))
    by["gamma"].claims.append(_claim("gamma", 2, "attack", None, KHARKIV, "2024-02-01", part=1))
    by["delta"].claims.append(_claim("delta", 1, "killed", 1200, None, "2024-03-02", "UN monitors", "other", scope="cumulative"))
    by["epsilon"].claims.append(_claim("epsilon", 1, "displaced", 500, KHARKIV_REGION, "2024-03", "officials", None))
    return docs


def build(path: str) -> str:
    """Store the documents and link their claims (clusters, contradictions, tallies)."""
    from sitrep.link.clusters import refresh

    with Store(path) as store:
        for doc in documents():
            store.save(doc)
        refresh(store.engine)
    return path
