"""The demo's missions: the pages of Berlin, Seoul and Tehran with their holidays in their
languages, and the ministry's directory of missions (habar.missions). Their details and
hours come with the network (network.toml)."""

import datetime

from django.utils import timezone

from habar.missions.models import Closure, MissionDirectoryPage, MissionPage
from habar.news.models import HomePage

from .mission_texts import DIRECTORY_TITLES, HOLIDAYS, MISSIONS

DEMO_SLUG_PREFIX = "habar-demo-"  # as habar.demo.builder names its homes
MISSION_SLUG = "embassy"
DIRECTORY_SLUG = "missions"


def homes_of(key):
    """{language: home page} of one demo site."""
    prefix = f"{DEMO_SLUG_PREFIX}{key}-"
    homes = HomePage.objects.filter(depth=2, slug__startswith=prefix).select_related("locale")
    return {home.locale.language_code: home for home in homes}


def upsert_child(home, model, slug, fields, translation_of):
    page = model.objects.child_of(home).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, locale=home.locale, live=True, **fields)
        if translation_of is not None:
            page.translation_key = translation_of.translation_key
        home.add_child(instance=page)
        return page
    for name, value in fields.items():
        setattr(page, name, value)
    return page


def closures(spec, language, years):
    """The mission's holidays in `years`, named in `language` (its host country's and
    Turkmenistan's), in date order."""
    found = {}
    for year in years:
        for month, day, holiday in spec["holidays"]:
            names = HOLIDAYS[holiday]
            found[datetime.date(year, month, day)] = names.get(language, names["en"])
    return [Closure(date=date, name=name) for date, name in sorted(found.items())]


def build_mission(key, spec, years):
    homes = homes_of(key)
    first = None
    for code, texts in spec["texts"].items():
        if code not in homes:
            continue
        page = upsert_child(homes[code], MissionPage, MISSION_SLUG, texts, first)
        page.closures = closures(spec, code, years)
        page.save()
        first = first or page


def build_directory():
    first = None
    for code, home in homes_of("ministry").items():
        fields = {
            "title": DIRECTORY_TITLES[code]["title"],
            "intro": DIRECTORY_TITLES[code]["intro"],
        }
        page = upsert_child(home, MissionDirectoryPage, DIRECTORY_SLUG, fields, first)
        page.save()
        first = first or page


def build_missions():
    """Every demo mission, holidays entered for this year and the next; then the directory."""
    this_year = timezone.localdate().year
    for key, spec in MISSIONS.items():
        build_mission(key, spec, (this_year, this_year + 1))
    build_directory()
