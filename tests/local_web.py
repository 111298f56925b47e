"""A small web server on 127.0.0.1 for tests of URL inputs and `sitrep watch`.

Routes map a path to a function of the number of times that path was asked for (1, 2, ...)
that returns (status, headers, body); a route that returns None drops the connection
without an answer, as a server that went down mid-request does. Requests are logged."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

Answer = tuple[int, dict, bytes] | None


class LocalWeb:
    def __init__(self, routes: dict[str, Callable[[int], Answer]] | None = None):
        self.routes: dict[str, Callable[[int], Answer]] = dict(routes or {})
        self.hits: dict[str, int] = {}
        self.log: list[tuple[str, dict]] = []  # (path, request headers)
        web = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server API
                web.hits[self.path] = n = web.hits.get(self.path, 0) + 1
                web.log.append((self.path, dict(self.headers)))
                route = web.routes.get(self.path)
                answer = route(n) if route else (404, {"Content-Type": "text/plain"}, b"not found")
                if answer is None:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                status, headers, body = answer
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> "LocalWeb":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def page(html: str, status: int = 200) -> Callable[[int], Answer]:
    return lambda n: (status, {"Content-Type": "text/html; charset=utf-8"}, html.encode("utf-8"))


def article_html(title: str, body: str, published: str = "2024-04-10T10:00:00Z") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!doctype html><html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="{published}"></head>'
            f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>")


def rss(items: list[tuple[str, str]], title: str = "Test feed") -> bytes:
    """An RSS 2.0 feed of (title, link) items."""
    entries = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
                      f"<description>{t}</description><pubDate>Wed, 10 Apr 2024 10:00:00 GMT</pubDate></item>"
                      for t, link in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.org/</link><description>t</description>{entries}</channel></rss>").encode("utf-8")
