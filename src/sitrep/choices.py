"""The values a command-line choice may take, and the message that lists them."""
from __future__ import annotations

from collections.abc import Iterable

#: The claim categories of the spec (shared/spec/claims.md), and `other`.
CATEGORIES = ("killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost",
              "attack", "territory", "abducted", "protest", "other")
PRECISIONS = ("point", "settlement", "region", "country")  # finest first


class ChoiceError(ValueError):
    """A value outside its choices; ``str()`` names the option, the value and the choices."""


def check(option: str, value: str | None, valid: Iterable[str], where: str = "") -> None:
    """Raise ChoiceError unless ``value`` is None or one of ``valid``."""
    valid = list(valid)
    if value is not None and value not in valid:
        raise ChoiceError(f"{option} {value!r}: choose one of {', '.join(valid) or '(none)'}{where}")


def claimant_sides(engine) -> list[str]:
    """The claimant sides the database holds, sorted."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from .store.schema import ClaimRow

    with Session(engine) as s:
        found = s.scalars(select(ClaimRow.claimant_side).distinct().where(ClaimRow.claimant_side.is_not(None)))
        return sorted(found)
