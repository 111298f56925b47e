"""`sitrep serve`: the web page at `/` (map, timeline, claims, contradictions, tallies), its
JSON API under `/api/`, the first API (/health, /documents, /claims, /claims.geojson) and
OpenAPI docs at `/docs`, every asset served from the package (no CDN, no tile server)."""
from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError

from ..store import Store
from .api import make_router
from .legacy import add_legacy_routes
from .queries import unicode_case

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("sitrep.serve")


def _geocoder():
    """Place names to places, through sitrep's gazetteer (loaded on the first place filter)."""
    from ..geo import Geocoder

    gc = Geocoder.default()

    @functools.lru_cache(maxsize=4096)
    def geocode(name: str):
        try:
            found = gc.resolve(name)
        except Exception:  # a name the geocoder cannot read is a name it does not know
            return None
        return found.place if found else None

    return geocode


def create_app(db: str, tile_url: str | None = None, geocode=None) -> FastAPI:
    """The app over one database. ``tile_url``: an optional raster tile template
    (``https://host/{z}/{x}/{y}.png``) drawn under the bundled vector basemap."""
    store = Store(db)
    _add_indexes(store)
    unicode_case(store.engine)
    app = FastAPI(title="sitrep", version="1", docs_url=None, redoc_url=None,
                  description="Claims extracted from conflict news, with their sources. Read-only.")
    lazy: dict[str, Any] = {}

    def place_lookup(name: str):
        if geocode is not None:
            return geocode(name)
        if "fn" not in lazy:
            lazy["fn"] = _geocoder()
        return lazy["fn"](name)

    @app.exception_handler(SQLAlchemyError)
    async def database_error(request: Request, exc: SQLAlchemyError) -> JSONResponse:
        # an answer (not a dropped connection), without the database's message or URL
        return JSONResponse({"detail": f"database error ({type(exc).__name__})"}, status_code=503)

    app.add_middleware(GZipMiddleware, minimum_size=2000, compresslevel=5)  # level 9 costs 3x the time for 5% less
    app.include_router(make_router(store, place_lookup, tile_url))
    add_legacy_routes(app, store)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    csp = _policy(tile_url)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Content-Security-Policy": csp, "Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="sitrep API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg",
                                   swagger_ui_parameters={"validatorUrl": None})  # no badge from the validator's site

    return app


def _add_indexes(store: Store) -> None:
    """The views' indexes, on a database made before they existed (a read-only file goes without)."""
    from ..store.schema import SERVE_INDEXES

    for index in SERVE_INDEXES:
        try:
            index.create(store.engine, checkfirst=True)
        except SQLAlchemyError as exc:
            log.warning("index %s not created (%s): the views work, more slowly", index.name, type(exc).__name__)


def _policy(tile_url: str | None) -> str:
    """The page may load only from this server (and the tile host, when one is set)."""
    img = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "*").replace("{", "").replace("}", ""))
        if parts.scheme and parts.netloc:
            img += f" {parts.scheme}://{parts.netloc.split('@')[-1]}"
    return (f"default-src 'self'; img-src {img}; style-src 'self' 'unsafe-inline'; "
            "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
