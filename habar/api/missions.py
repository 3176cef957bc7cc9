"""/api/v1/missions/: every mission of the network as open data, the ministry's directory
(habar.missions) in JSON."""

import datetime
from typing import Annotated, Literal

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from pydantic import Field

from habar.missions.models import Closure as ClosureModel
from habar.missions.models.directory import filtered, missions
from habar.missions.structured import DAYS
from habar.sites.models import SiteSettings, time_zone_or_default

from . import schemas
from .queries import page_link

PAGE_SIZE = 50
MAX_PAGE_NUMBER = 100_000

router = Router(tags=["missions"])
KindName = Literal["embassy", "consulate", "permanent-mission"]


class OpeningHours(Schema):
    service: str = Field(description="`reception` or `consular` (the consular section).")
    weekday: int = Field(description="0 for Monday to 6 for Sunday.", ge=0, le=6)
    day: str = Field(description="The weekday's English name.")
    opens: str = Field(description="HH:MM, the mission's local time.")
    closes: str = Field(description="HH:MM, the mission's local time.")


class Closure(Schema):
    date: datetime.date
    name: str = Field(description="The holiday, in the answer's language.")


class Mission(Schema):
    name: str
    language: str = Field(
        description="The language of the texts (English where the "
        "mission has no page in the language asked for)."
    )
    kind: str = Field(description="`embassy`, `consulate` or `permanent-mission`.")
    country: str = Field(description="The host country's ISO 3166 code.")
    host_country: str
    head_of_mission: str
    address: str
    phones: list[str]
    emergency_phone: str = Field(description="For citizens in an emergency, at any hour.")
    email: str
    latitude: float | None
    longitude: float | None
    consular_district: str
    time_zone: str = Field(description="The zone its hours are in, e.g. `Europe/Berlin`.")
    url: str = Field(description="The mission's page.")
    hours: list[OpeningHours]
    closures: list[Closure] = Field(description="Public holidays it is closed on, from today.")


class MissionList(Schema):
    count: int = Field(description="Missions matching the filters, on all pages.")
    page: int
    page_size: int
    num_pages: int
    next: str | None
    previous: str | None
    items: list[Mission]


def mission_data(entry, zone, closures):
    page, details = entry.page, entry.details
    today = timezone.now().astimezone(time_zone_or_default(zone)).date()
    row = entry.row()
    return {
        **{name: row[name] for name in ("name", "language", "kind", "country", "host_country")},
        **{name: row[name] for name in ("head_of_mission", "address", "email", "url")},
        "emergency_phone": details.emergency_phone,
        "consular_district": page.consular_district,
        "phones": details.phone_list(),
        "latitude": None if details.latitude is None else float(details.latitude),
        "longitude": None if details.longitude is None else float(details.longitude),
        "time_zone": zone,
        "hours": [
            {
                "service": slot.service,
                "weekday": slot.weekday,
                "day": DAYS[slot.weekday],
                "opens": f"{slot.opens:%H:%M}",
                "closes": f"{slot.closes:%H:%M}",
            }
            for slot in sorted(details.hours.all(), key=lambda s: (s.service, s.weekday, s.opens))
        ],
        "closures": [
            {"date": closure.date, "name": closure.name}
            for closure in closures
            if closure.date >= today
        ],
    }


@router.get(
    "/",
    response={200: MissionList, 400: schemas.Error, 404: schemas.Error, 429: schemas.Error},
    url_name="missions",
    summary="Every mission of the network: embassies, consulates, permanent missions",
)
def list_missions(
    request,
    language: Annotated[
        Literal["tk", "ru", "en"], Query(description="The language of the texts.")
    ] = "en",
    country: Annotated[
        str | None,
        Query(description="A host country's ISO 3166 code, e.g. DE.", pattern=r"^[A-Z]{2}$"),
    ] = None,
    kind: Annotated[KindName | None, Query(description="The kind of mission.")] = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE_NUMBER)] = 1,
    page_size: Annotated[int, Query(ge=1, le=settings.HABAR_API_MAX_PAGE_SIZE)] = PAGE_SIZE,
):
    entries = filtered(missions(request, language), country or "", kind or "")
    paginator = Paginator(entries, page_size)
    try:
        found = paginator.page(page)
    except EmptyPage as exc:
        raise Http404(_("No such page of results.")) from exc
    items = found.object_list
    zones = dict(
        SiteSettings.objects.filter(
            site__in=[entry.details.site_id for entry in items]
        ).values_list("site_id", "time_zone")
    )
    closures = {}
    pages = [entry.page for entry in items]
    for closure in ClosureModel.objects.filter(page__in=pages).order_by("date"):
        closures.setdefault(closure.page_id, []).append(closure)
    return {
        "count": paginator.count,
        "page": found.number,
        "page_size": page_size,
        "num_pages": paginator.num_pages,
        "next": page_link(request, found.next_page_number()) if found.has_next() else None,
        "previous": page_link(request, found.previous_page_number())
        if found.has_previous()
        else None,
        "items": [
            mission_data(
                entry,
                zones.get(entry.details.site_id, settings.TIME_ZONE),
                closures.get(entry.page.pk, []),
            )
            for entry in items
        ],
    }
