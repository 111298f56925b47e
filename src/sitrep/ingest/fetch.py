"""Fetching pages and feeds over HTTP(S): timeouts, retries with backoff, a user agent that
says who we are, robots.txt respected, and a size cap, so one slow or huge server cannot stall
or flood a run. Every problem is a ``FetchError`` whose text is the reason to print."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from sitrep import __version__

USER_AGENT = f"sitrep/{__version__} (news claim extraction; respects robots.txt)"
RETRY_STATUS = (429, 500, 502, 503, 504)
MAX_BACKOFF = 30.0


class FetchError(Exception):
    """A URL that could not be fetched; ``str()`` is the reason."""


def is_url(text: str) -> bool:
    return text[:8].lower().startswith(("http://", "https://"))


@dataclass
class Fetched:
    url: str  # the URL after redirects
    status: int  # 200, or 304 for a conditional request whose resource did not change
    body: bytes = b""
    content_type: str = ""  # media type without parameters, lower case
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    retry_after: str | None = None


def _media(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ") or None
    return media.strip().lower(), charset


def _mb(n: int) -> str:
    return f"{n / 1e6:g} MB"


@dataclass
class Fetcher:
    """``get(url)`` with the politeness and limits above. ``retries`` extra tries are made
    after a connection error, a timeout or a 429/5xx answer, waiting ``backoff`` seconds, then
    twice that, and so on (a server's Retry-After is honoured up to 30 s)."""

    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0
    max_bytes: int = 20_000_000
    user_agent: str = USER_AGENT
    respect_robots: bool = True
    _client: httpx.Client | None = field(default=None, repr=False)
    _robots: dict[str, RobotFileParser | str | None] = field(default_factory=dict, repr=False)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(timeout=self.timeout, follow_redirects=True, max_redirects=5,
                                        headers={"User-Agent": self.user_agent})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        if not is_url(url) or not urlsplit(url).hostname:
            raise FetchError("not an http(s) URL")
        if self.respect_robots:
            refused = self._refused(url)
            if refused:
                raise FetchError(refused)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for attempt in range(self.retries + 1):
            wait = self.backoff * (2 ** attempt)
            try:
                fetched = self._once(url, headers)
            except FetchError:
                raise
            except httpx.TimeoutException:
                reason = f"timed out after {self.timeout:g} s"
            except httpx.TooManyRedirects:
                raise FetchError("too many redirects") from None
            except httpx.HTTPError as exc:
                reason = f"cannot connect ({type(exc).__name__}: {exc})" if str(exc) else f"cannot connect ({type(exc).__name__})"
            else:
                if fetched.status not in RETRY_STATUS:
                    return fetched
                reason = f"HTTP {fetched.status}"
                wait = max(wait, _retry_after(fetched))
            if attempt < self.retries:
                time.sleep(min(wait, MAX_BACKOFF))
        tries = f" (after {self.retries + 1} tries)" if self.retries else ""
        raise FetchError(reason + tries)

    def _once(self, url: str, headers: dict[str, str]) -> Fetched:
        with self.client.stream("GET", url, headers=headers) as response:
            media, charset = _media(response.headers.get("content-type", ""))
            out = Fetched(url=str(response.url), status=response.status_code, content_type=media, charset=charset,
                          etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"))
            if response.status_code != 200:
                out.retry_after = response.headers.get("retry-after")
                return out
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(f"response is {_mb(int(declared))}, over the {_mb(self.max_bytes)} limit (--max-doc-mb)")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > self.max_bytes:
                    raise FetchError(f"response is over the {_mb(self.max_bytes)} limit (--max-doc-mb); not read")
            out.body = bytes(body)
            return out

    def _refused(self, url: str) -> str | None:
        """Why robots.txt forbids ``url``, or None when it may be fetched (rules are read once
        per site and fetcher)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, str):  # a server error: asked again next time
            del self._robots[origin]
            return rules
        if rules is not None and not rules.can_fetch(self.user_agent, url):
            return "robots.txt of the site disallows fetching it; skipped"
        return None

    def _read_robots(self, origin: str) -> RobotFileParser | str | None:
        """The site's rules; None (all allowed) when it has no robots.txt (RFC 9309: a 4xx
        answer means no rules); a reason to refuse when robots.txt answers with a server error
        (RFC 9309: then nothing may be fetched). No answer at all: the page's own attempt
        reports the real reason."""
        try:
            response = self.client.get(origin + "/robots.txt", timeout=min(self.timeout, 10.0))
        except httpx.HTTPError:
            return None
        if response.status_code >= 500:
            return f"robots.txt answered HTTP {response.status_code}, so the site may not be fetched now"
        if response.status_code != 200:
            return None
        parser = RobotFileParser()
        parser.parse(response.text[:500_000].splitlines())
        return parser


def _retry_after(fetched: Fetched) -> float:
    value = fetched.retry_after or ""
    return float(value) if value.strip().isdigit() else 0.0
