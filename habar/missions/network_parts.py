"""A mission's details in the network file (`habar network apply` / `export`).

    [sites.berlin.mission]
    kind = "embassy"                      # embassy, consulate, permanent-mission
    country = "DE"                        # ISO 3166; the site is a mission of that country
    phones = ["+49 30 3010 2451"]
    emergency_phone = "+49 170 380 2451"  # 24 hours, for citizens
    email = "berlin@embassy.gov.tm.example"
    latitude = 52.51534
    longitude = 13.25187
    [[sites.berlin.mission.hours]]
    service = "reception"                 # reception, consular
    days = ["mon", "tue", "wed", "thu", "fri"]
    opens = "09:00"
    closes = "13:00"

What readers read in each language (head of mission, address, district, holidays) is on
the mission's pages, written by editors; the file holds what is the same in every language.
habar.network finds this module by its name; it does not import habar.network.
"""

import datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from .choices import Kind, Service
from .models import MissionDetails, OpeningHours

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]  # Django's weekdays, Monday = 0
TEXTS = ("emergency_phone", "email")
KEYS = {"kind", "country", "phones", "emergency_phone", "email", "latitude", "longitude", "hours"}
COORDINATES = {"latitude": 90, "longitude": 180}


def parse_time(value):
    try:
        return datetime.time.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def coordinate(value, limit):
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = Decimal(str(value)).quantize(Decimal("0.000001"))
    except InvalidOperation:
        return None
    return number if abs(number) <= limit else None


def hours_problems(hours):
    if not isinstance(hours, list):
        return ["hours: must be a list of { service, days, opens, closes }"]
    problems = []
    for number, slot in enumerate(hours, start=1):
        where = f"hours[{number}]"
        if not isinstance(slot, dict) or set(slot) != {"service", "days", "opens", "closes"}:
            problems.append(f"{where}: must be {{ service, days, opens, closes }}")
            continue
        if slot["service"] not in Service.values:
            problems.append(f"{where}.service: one of {', '.join(Service.values)}")
        days = slot["days"]
        if not isinstance(days, list) or not days or not set(days) <= set(DAYS):
            problems.append(f"{where}.days: a list of {', '.join(DAYS)}")
        opens, closes = parse_time(slot["opens"]), parse_time(slot["closes"])
        if opens is None or closes is None:
            problems.append(f'{where}: opens and closes are times, e.g. "09:00"')
        elif closes <= opens:
            problems.append(f"{where}.closes: must be after opens")
    return problems


def field_problems(value):
    problems = [f"{key}: unknown key" for key in sorted(set(value) - KEYS)]
    if value.get("kind", Kind.EMBASSY) not in Kind.values:
        problems.append(f"kind: one of {', '.join(Kind.values)}")
    country = value.get("country", "")
    if not (isinstance(country, str) and len(country) == 2 and country.isascii()):
        problems.append('country: the ISO 3166 code of the host country, e.g. "DE"')
    elif not country.isupper():
        problems.append('country: in capital letters, e.g. "DE"')
    phones = value.get("phones", [])
    if not (isinstance(phones, list) and all(isinstance(phone, str) for phone in phones)):
        problems.append('phones: a list of numbers, e.g. ["+49 30 3010 2451"]')
    for key in TEXTS:
        if not isinstance(value.get(key, ""), str):
            problems.append(f"{key}: must be a text")
    if value.get("email"):
        try:
            validate_email(value["email"])
        except ValidationError:
            problems.append(f"email: {value['email']!r} is not an e-mail address")
    for key, limit in COORDINATES.items():
        if key in value and coordinate(value[key], limit) is None:
            problems.append(f"{key}: a number from -{limit} to {limit}")
    return problems


def times(slot):
    return parse_time(slot["opens"]), parse_time(slot["closes"])


class MissionPart:
    key = "mission"

    def validate(self, value):
        if not isinstance(value, dict):
            return ["must be a table of the mission's details"]
        return field_problems(value) + hours_problems(value.get("hours", []))

    def wanted(self, value):
        """The value as the model's fields and rows of hours."""
        fields = {
            "kind": value.get("kind", Kind.EMBASSY),
            "country": value["country"],
            "phones": "\n".join(value.get("phones", [])),
            "emergency_phone": value.get("emergency_phone", ""),
            "email": value.get("email", ""),
        }
        for key, limit in COORDINATES.items():
            fields[key] = coordinate(value[key], limit) if key in value else None
        hours = [
            (slot["service"], DAYS.index(day), *times(slot))
            for slot in value.get("hours", [])
            for day in slot["days"]
        ]
        return fields, hours

    @transaction.atomic
    def apply(self, site, value, changes):
        details = MissionDetails.for_site(site)
        fields, hours = self.wanted(value)
        changed = [name for name, wanted in fields.items() if getattr(details, name) != wanted]
        if rows(details) != hours:
            changed.append("hours")
            details.hours = [
                OpeningHours(service=service, weekday=day, opens=opens, closes=closes)
                for service, day, opens, closes in hours
            ]
        if changed:
            for name, wanted in fields.items():
                setattr(details, name, wanted)
            details.save()
            changes.add(f"~ {site.hostname}: mission ({', '.join(changed)})")

    def export(self, site):
        details = MissionDetails.objects.filter(site=site).first()
        if details is None or not details.country:
            return None
        value = {"kind": details.kind, "country": details.country}
        value["phones"] = details.phone_list()
        for key in TEXTS:
            if getattr(details, key):
                value[key] = getattr(details, key)
        for key in COORDINATES:
            if getattr(details, key) is not None:
                value[key] = float(getattr(details, key))
        value["hours"] = grouped(rows(details))
        return value


def rows(details):
    if details.pk is None:
        return []
    return [
        (slot.service, slot.weekday, slot.opens, slot.closes)
        for slot in details.hours.order_by("sort_order", "pk")
    ]


def grouped(hours):
    """Rows of (service, weekday, opens, closes) as the file writes them: the days that share
    a service and times together, in the order they were first entered."""
    slots = {}
    for service, day, opens, closes in hours:
        slots.setdefault((service, opens, closes), []).append(DAYS[day])
    return [
        {
            "service": service,
            "days": days,
            "opens": opens.strftime("%H:%M"),
            "closes": closes.strftime("%H:%M"),
        }
        for (service, opens, closes), days in slots.items()
    ]


PARTS = [MissionPart()]
