"""The one parser for a date a person types (an option, a setting, a field): ISO `YYYY-MM-DD`, nothing else.

Dates printed on pages ("24th June 2019") are read by the reading stage (reading/clean.py), which knows their
many forms; a date the user gives is never guessed at.
"""

from __future__ import annotations

from datetime import date

from .errors import FoiHelperError


def parse_date(value: str, what: str = "date") -> date:
    """`value` as a date; FoiHelperError naming `what` ("the date_from in your settings") otherwise."""
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise FoiHelperError(f"The {what} {value!r} is not a date; write it as YYYY-MM-DD.") from None
    from .typed_dates import check_typed_date  # a person typed it: years 1900-2200 only

    return check_typed_date(day, what)
