"""Open now, closed now or closed today for a holiday, in the mission's time zone, and the
moment that stops being true (the page cache keeps the page no longer)."""

import datetime
import math
from typing import NamedTuple

from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.dates import WEEKDAYS

from .choices import Service


class OpeningState(NamedTuple):
    state: str  # "open", "closed" or "holiday"
    holiday: str  # the holiday's name when closed for one, else ""
    changes_at: datetime.datetime  # the next opening, closing or local midnight


def next_midnight(now):
    tomorrow = now.date() + datetime.timedelta(days=1)
    return datetime.datetime.combine(tomorrow, datetime.time(), tzinfo=now.tzinfo)


def opening_state(hours, closures, now):
    """The state at `now` (aware, in the mission's zone) of `hours` (OpeningHours of any
    service: open when one of them is) and `closures` (dated holidays)."""
    midnight = next_midnight(now)
    holiday = next((closure.name for closure in closures if closure.date == now.date()), None)
    if holiday is not None:
        return OpeningState("holiday", holiday, midnight)
    today = [slot for slot in hours if slot.weekday == now.weekday()]
    moment = now.time()
    is_open = any(slot.opens <= moment < slot.closes for slot in today)
    changes = [
        datetime.datetime.combine(now.date(), boundary, tzinfo=now.tzinfo)
        for slot in today
        for boundary in (slot.opens, slot.closes)
        if boundary > moment
    ]
    return OpeningState("open" if is_open else "closed", "", min([*changes, midnight]))


def services(hours):
    """Each service's week, Monday to Sunday, for a table: [{"label", "days": [(weekday
    name, ["09:00–13:00", ...]), ...]}, ...], in the order of Service's choices."""
    found = {}
    for slot in sorted(hours, key=lambda slot: (slot.weekday, slot.opens)):
        days = found.setdefault(slot.service, {day: [] for day in WEEKDAYS})
        days[slot.weekday].append(f"{slot.opens:%H:%M}–{slot.closes:%H:%M}")
    return [
        {"label": service.label, "days": [(WEEKDAYS[day], found[service][day]) for day in WEEKDAYS]}
        for service in Service
        if service in found
    ]


def bound_cache_lifetime(response, until, now=None):
    """Say in Cache-Control that `response` holds only until `until` (aware)."""
    now = now or timezone.now()
    seconds = max(0, math.ceil((until - now).total_seconds()))
    patch_cache_control(response, max_age=seconds)
