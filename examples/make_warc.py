"""Build examples/crawl.warc.gz: two HTML news pages and one non-HTML record (robots.txt).

Run from the repository root:  python examples/make_warc.py
Record ids and dates are fixed, so the output is the same on every run.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DNIPRO = """<!doctype html>
<html><head><meta charset="utf-8">
<title>Dnipro strike: rescuers keep digging | Dnipro Daily</title>
<meta property="og:title" content="Dnipro strike: rescuers keep digging">
<meta property="article:published_time" content="2023-01-15T12:30:00+02:00">
</head><body>
<header><a href="/">Dnipro Daily</a> | News | Region | Weather</header>
<article>
<h1>Dnipro strike: rescuers keep digging</h1>
<p>The number of people killed when a Russian missile hit a nine-storey block of flats in Dnipro
on Saturday has risen to 30, Ukraine's State Emergency Service said on Sunday. At least 73 people
were injured and dozens are still missing.</p>
<p>The Kremlin's spokesman denied that Russian forces target residential buildings and suggested
the damage had been caused by Ukrainian air defence.</p>
<p>Ukraine's air force said the building was hit by a Kh-22 anti-ship missile, a type it says it
has no means to shoot down.</p>
</article>
<div class="share">Share: Facebook | Telegram | Viber</div>
<footer>Dnipro Daily 2023. Reprints only with a link.</footer>
</body></html>
"""

IZIUM = """<!doctype html>
<html><head><meta charset="windows-1251">
<title>Ukrainian flag raised over Izium</title>
<meta name="pubdate" content="20220911">
<link rel="canonical" href="https://east-news.example/2022/09/11/izium">
</head><body>
<nav>Top stories | Live | Maps</nav>
<article>
<h1>Ukrainian flag raised over Izium</h1>
<p>Ukrainian troops entered Izium on Saturday after Russian units pulled out of the town, the
Ukrainian military said, as the counteroffensive in the Kharkiv region’s east pressed on.</p>
<p>Ukraine's commander-in-chief said his forces had retaken more than 3,000 square kilometres
since the start of the month. Russia's Defence Ministry described the withdrawal from the Izium
and Balakliia areas as a planned regrouping towards Donetsk.</p>
<p>A regional official said that about 10,000 people had stayed in Izium during the occupation,
out of a pre-war population of 45,000.</p>
</article>
<footer>East News - all rights reserved</footer>
</body></html>
"""

RECORDS = [
    ("https://dnipro-daily.example/2023/01/15/strike-update", "2023-01-15T11:02:07Z",
     "text/html; charset=utf-8", DNIPRO.encode("utf-8")),
    ("https://east-news.example/robots.txt", "2022-09-11T19:40:00Z",
     "text/plain", b"User-agent: *\nDisallow: /admin/\n"),
    ("https://east-news.example/2022/09/11/izium?utm_source=feed", "2022-09-11T19:41:12Z",
     "text/html", IZIUM.encode("cp1251")),
]


def build(out: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n, (uri, date, content_type, body) in enumerate(RECORDS, 1):
        http = StatusAndHeaders(
            "200 OK",
            [("Content-Type", content_type), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        warc_headers = {
            "WARC-Date": date,
            "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>",
        }
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict=warc_headers,
        )
        writer.write_record(record)
    out.write_bytes(buffer.getvalue())


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("crawl.warc.gz")
    build(target)
    print(f"wrote {target} ({target.stat().st_size} bytes)")
