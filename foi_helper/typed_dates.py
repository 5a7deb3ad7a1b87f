"""Dates a person types (a sending date, a settings window, a search bound): only years that make sense.

0001-01-01 is a typing slip, and 9999-12-31 plus a reply period overflows every date sum the deadlines make.
"""

from __future__ import annotations

from datetime import date

from .errors import FoiHelperError

EARLIEST = date(1900, 1, 1)
LATEST = date(2200, 12, 31)


def check_typed_date(day: date, what: str = "date") -> date:
    """`day` itself, or FoiHelperError with one sentence when it is outside 1900–2200."""
    if not EARLIEST <= day <= LATEST:
        raise FoiHelperError(
            f"The {what} {day.isoformat()} is outside the years {EARLIEST.year} to {LATEST.year}; check the year."
        )
    return day


def within_years(day: date) -> bool:
    return EARLIEST <= day <= LATEST
