"""Loader for full GeoNames dumps, to widen the gazetteer to hamlets.

Two tab-separated formats, as documented in GeoNames' readme.txt, told apart by their columns:

* the main table (``allCountries.txt``, ``UA.txt`` ...), 19 columns: geonameid, name,
  asciiname, alternatenames (comma-separated), latitude, longitude, feature class, feature
  code, country code, cc2, admin1, admin2, admin3, admin4, population, elevation, dem,
  timezone, modification date;
* ``alternateNamesV2.txt``, 10 columns (``alternateNames.txt``: 8): alternateNameId,
  geonameid, isolanguage, alternate name, isPreferredName, isShortName, isColloquial,
  isHistoric, from, to. Names for places that are in neither the bundled data nor a main
  table given alongside are skipped, as are links, postal and airport codes; historic
  names are kept (news still uses them).

Files may be given as downloaded: plain ``.txt`` or GeoNames' ``.zip`` archives.

Feature class P (populated places) is indexed at precision ``settlement``, class S (spots:
buildings, airports, plants) at ``point``; first-level divisions (A/ADM1) give the regions
their GeoNames id, coordinates and names (and add the regions of countries that
``regions.yaml`` does not list); other classes are skipped. Malformed lines are
skipped; a file with no readable line is an error naming the file.
"""
from __future__ import annotations

import io
import logging
import os
import zipfile
from typing import IO, Iterator, Sequence

from sitrep.geo.gazetteer import POINT, REGION, SETTLEMENT, Gazetteer, RawPlace

log = logging.getLogger(__name__)
KINDS = {"P": SETTLEMENT, "S": POINT}
NOT_NAMES = {"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "tcid", "phon", "piny"}


class GeoDataError(ValueError):
    """A gazetteer input (dump or alias file) that cannot be used."""


def _open(path: str) -> IO[str]:
    """The dump as text; a GeoNames .zip (UA.zip, alternateNamesV2.zip) is read in place."""
    try:
        if zipfile.is_zipfile(path):
            archive = zipfile.ZipFile(path)
            members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise GeoDataError(f"{path}: zip archive without a .txt dump")
            stem = os.path.splitext(os.path.basename(path))[0] + ".txt"
            member = stem if stem in members else members[0]
            return io.TextIOWrapper(archive.open(member), encoding="utf-8", errors="replace", newline="\n")
        return open(path, encoding="utf-8", errors="replace", newline="\n")
    except (OSError, zipfile.BadZipFile) as exc:
        raise GeoDataError(f"{path}: cannot open GeoNames dump: {getattr(exc, 'strerror', None) or exc}") from exc


def _lines(path: str) -> Iterator[list[str]]:
    fh = _open(path)
    with fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def sniff(path: str) -> str:
    """'main' or 'alternate' from the first data line's column count."""
    for cols in _lines(path):
        if len(cols) >= 19:
            return "main"
        if len(cols) in (8, 10) or (4 <= len(cols) < 19 and cols[1].isdigit()):
            return "alternate"
        raise GeoDataError(f"{path}: not a GeoNames dump ({len(cols)} tab-separated columns on the first line)")
    raise GeoDataError(f"{path}: empty GeoNames dump")


def read_main(path: str) -> Iterator[RawPlace]:
    good = bad = 0
    for cols in _lines(path):
        try:
            if len(cols) < 15:
                raise ValueError("too few columns")
            gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError("coordinates out of range")
            kind = REGION if cols[6:8] == ["A", "ADM1"] else KINDS.get(cols[6])
            if kind is None:
                good += 1
                continue
            raw = RawPlace(
                geonameid=gid, name=cols[1].strip(), lat=lat, lon=lon,
                country_code=cols[8].strip().upper(), admin1=cols[10].strip(),
                population=int(cols[14] or 0), kind=kind,
                alternate_names=[n for n in {cols[2], *cols[3].split(",")} if n],
            )
        except ValueError:
            bad += 1
            continue
        good += 1
        yield raw
    if not good:
        raise GeoDataError(f"{path}: no readable GeoNames line ({bad} malformed)")
    if bad:
        log.warning("%s: skipped %d malformed lines", path, bad)


def read_alternate(path: str, wanted: Gazetteer) -> Iterator[tuple[int, str]]:
    good = bad = 0
    for cols in _lines(path):
        try:
            gid, lang, name = int(cols[1]), cols[2], cols[3]
        except (ValueError, IndexError):
            bad += 1
            continue
        good += 1
        if lang in NOT_NAMES or gid not in wanted.by_geonameid:
            continue
        yield gid, name
    if not good:
        raise GeoDataError(f"{path}: no readable alternate-names line ({bad} malformed)")


def load_dumps(gaz: Gazetteer, paths: Sequence[str]) -> None:
    """Add the places of main tables, then the names of alternate-name files, to ``gaz``."""
    kinds = []
    for path in paths:
        if not os.path.isfile(path):
            raise GeoDataError(f"{path}: GeoNames dump not found")
        kinds.append((sniff(path), path))
    for kind, path in kinds:
        if kind == "main":
            for raw in read_main(path):
                if raw.kind == REGION:
                    gaz.dump_regions[(raw.country_code, raw.admin1)] = raw
                else:
                    gaz.add(raw)
    for kind, path in kinds:
        if kind == "alternate":
            for gid, name in read_alternate(path, gaz):
                gaz.add_names(gaz.by_geonameid[gid], [name], main=False)
