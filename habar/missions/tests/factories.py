"""A mission as an editor sets one up: details on its site, a page in each language."""

import datetime
from dataclasses import dataclass, field

from habar.missions.models import (
    Closure,
    MissionDetails,
    MissionDirectoryPage,
    MissionPage,
    OpeningHours,
)
from habar.news.tests.factories import ArticleIndexPageFactory, HomePageFactory, PageFactory
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory

BERLIN_HOST = "berlin.localhost"
# Reception Monday to Friday 09:00–13:00; the consular section Tuesday and Thursday
# 14:00–16:00.
RECEPTION = [(day, "09:00", "13:00") for day in range(5)]
CONSULAR = [(1, "14:00", "16:00"), (3, "14:00", "16:00")]


class MissionPageFactory(PageFactory):
    title = "Embassy of Turkmenistan in Germany"
    slug = "embassy"
    host_country = "Germany"
    head_of_mission = "Ambassador Aýna Orazowa"
    address = "Langobardenallee 14\n14052 Berlin"
    consular_district = "Germany, Austria"

    class Meta:
        model = MissionPage


class MissionDirectoryPageFactory(PageFactory):
    title = "Embassies and consulates"
    slug = "missions"

    class Meta:
        model = MissionDirectoryPage


@dataclass
class Mission:
    site: object
    details: MissionDetails
    pages: dict = field(default_factory=dict)
    news: object = None


def time(text):
    return datetime.time.fromisoformat(text)


def build_mission(
    hostname=BERLIN_HOST,
    languages=("de", "en"),
    time_zone="Europe/Berlin",
    country="DE",
    kind="embassy",
    titles=None,
):
    """An embassy site with a home, a news section and a mission page per language."""
    titles = titles or {}
    pages, homes, news = {}, {}, None
    for code in languages:
        first = homes.get(languages[0])
        home = HomePageFactory(
            title=f"Embassy {hostname} {code}",
            slug=f"home-{hostname.replace('.', '-')}-{code}",
            locale=LocaleFactory(language_code=code),
            **({"translation_key": first.translation_key} if first else {}),
        )
        homes[code] = home
        news = news or ArticleIndexPageFactory(title="News", slug="news-section", parent=home)
        first_page = pages.get(languages[0])
        pages[code] = MissionPageFactory(
            parent=home,
            title=titles.get(code, MissionPageFactory.title),
            locale=home.locale,
            **({"translation_key": first_page.translation_key} if first_page else {}),
        )
    site = SiteFactory(hostname=hostname, root_page=homes[languages[0]])
    SiteSettingsFactory(
        site=site, languages=list(languages), default_language=languages[0], time_zone=time_zone
    )
    details = MissionDetails.for_site(site)
    details.kind = kind
    details.country = country
    details.phones = "+49 30 3010 2451\n+49 30 3010 2452"
    details.emergency_phone = "+49 170 555 0101"
    details.email = "berlin@embassy.example"
    details.latitude, details.longitude = "52.515300", "13.251900"
    for service, slots in [("reception", RECEPTION), ("consular", CONSULAR)]:
        for day, opens, closes in slots:
            details.hours.add(
                OpeningHours(service=service, weekday=day, opens=time(opens), closes=time(closes))
            )
    details.save()
    return Mission(site=site, details=details, pages=pages, news=news)


def close_on(page, day, name):
    """A holiday on `page`, published as an editor publishes it."""
    page.closures.add(Closure(date=day, name=name))
    page.save_revision().publish()
