"""Open now, closed now, closed today for a holiday: in the mission's time zone."""

import datetime
import zoneinfo

import pytest

from habar.missions.hours import opening_state

from .factories import CONSULAR, RECEPTION, time

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


class Slot:
    def __init__(self, service, weekday, opens, closes):
        self.service, self.weekday = service, weekday
        self.opens, self.closes = time(opens), time(closes)


class Holiday:
    def __init__(self, date, name):
        self.date, self.name = date, name


HOURS = [Slot("reception", *slot) for slot in RECEPTION] + [
    Slot("consular", *slot) for slot in CONSULAR
]


def at(day, hour, minute=0):
    return datetime.datetime(2026, 10, day, hour, minute, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("now", "state", "changes_at"),
    [
        (at(6, 8, 30), "closed", at(6, 9)),  # Tuesday before opening: opens at 9
        (at(6, 9), "open", at(6, 13)),  # opening time itself is open
        (at(6, 13), "closed", at(6, 14)),  # reception closed, consular opens at 14
        (at(6, 15), "open", at(6, 16)),  # consular section
        (at(6, 16, 30), "closed", at(7, 0)),  # nothing more today: until midnight
        (at(4, 11), "closed", at(5, 0)),  # Sunday
    ],
)
def test_state_and_its_next_change(now, state, changes_at):
    found = opening_state(HOURS, [], now)

    assert (found.state, found.changes_at) == (state, changes_at)


def test_a_holiday_closes_the_whole_day_until_midnight():
    found = opening_state(HOURS, [Holiday(datetime.date(2026, 10, 5), "Unity Day")], at(5, 10))

    assert found == ("holiday", "Unity Day", at(6, 0))


def test_a_holiday_on_another_day_changes_nothing_today():
    found = opening_state(HOURS, [Holiday(datetime.date(2026, 10, 3), "Unity Day")], at(5, 10))

    assert found.state == "open"


def test_the_day_is_the_missions_own_not_the_servers():
    # 23:30 in Berlin on Monday 5 October is already Tuesday in Ashgabat (UTC+5).
    ashgabat = zoneinfo.ZoneInfo("Asia/Ashgabat")
    holiday = [Holiday(datetime.date(2026, 10, 6), "Tuesday's holiday")]

    in_berlin = opening_state(HOURS, holiday, at(5, 23, 30))
    in_ashgabat = opening_state(HOURS, holiday, at(5, 23, 30).astimezone(ashgabat))

    assert (in_berlin.state, in_ashgabat.state) == ("closed", "holiday")
