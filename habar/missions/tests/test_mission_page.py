"""The mission page: contacts, emergency phone, hours, holidays and what search engines read."""

import datetime
import json
import zoneinfo
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from habar.news.tests.factories import ArticlePageFactory

from .factories import BERLIN_HOST, close_on

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
# Tuesday 6 October 2026, 10:00 in Berlin: reception is open.
TUESDAY_MORNING = datetime.datetime(2026, 10, 6, 10, tzinfo=BERLIN)


@pytest.fixture
def frozen(monkeypatch):
    def freeze(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment.astimezone(datetime.UTC))

    return freeze


def get(reader, url):
    return reader.get(url, HTTP_HOST=BERLIN_HOST)


def test_every_page_links_to_the_mission_page_in_its_footer(berlin, reader, html):
    article = ArticlePageFactory(parent=berlin.news, title="Reception")

    soup = html(get(reader, article.url))

    link = soup.select_one("footer a.footer-link-mission")
    assert link["href"] == urlsplit(berlin.pages["de"].url).path


def test_the_emergency_phone_is_a_tel_link(berlin, reader, html):
    soup = html(get(reader, berlin.pages["en"].url))

    phone = soup.select_one(".emergency a.emergency-phone")
    assert phone.get_text() == "+49 170 555 0101"
    assert phone["href"] == "tel:+491705550101"


def test_the_page_shows_contacts_and_each_services_hours(berlin, reader, html):
    soup = html(get(reader, berlin.pages["en"].url))

    text = soup.select_one("main").get_text(" ", strip=True)
    assert "Ambassador Aýna Orazowa" in text
    assert "Langobardenallee 14" in text
    captions = [caption.get_text() for caption in soup.select("table.opening-hours caption")]
    assert captions == ["Reception", "Consular section"]
    consular = soup.select("table.opening-hours")[1]
    assert consular.select("tr")[1].get_text(" ", strip=True) == "Tuesday 14:00–16:00"


def test_open_now_in_the_missions_time_zone(berlin, reader, html, frozen):
    frozen(TUESDAY_MORNING)

    soup = html(get(reader, berlin.pages["en"].url))

    assert soup.select_one(".opening-state").get_text(strip=True) == "Open now"


def test_closed_today_on_a_holiday_and_holidays_ahead_are_announced(berlin, reader, html, frozen):
    page = berlin.pages["en"]
    close_on(page, datetime.date(2026, 10, 6), "Test holiday")
    close_on(page, datetime.date(2026, 12, 25), "Christmas Day")
    close_on(page, datetime.date(2025, 12, 25), "Last year's Christmas")
    frozen(TUESDAY_MORNING)

    soup = html(get(reader, page.url))

    assert soup.select_one(".opening-state").get_text(strip=True) == "Closed today: Test holiday"
    ahead = [item.get_text(" ", strip=True) for item in soup.select(".closures li")]
    assert ahead == [
        "Closed on 06.10.2026 for Test holiday",
        "Closed on 25.12.2026 for Christmas Day",
    ]


def test_the_state_is_in_the_pages_language(berlin, reader, html, frozen):
    close_on(berlin.pages["de"], datetime.date(2026, 10, 6), "Testfeiertag")
    frozen(TUESDAY_MORNING)

    soup = html(get(reader, berlin.pages["de"].url))

    state = soup.select_one(".opening-state").get_text(strip=True)
    assert state == "Heute geschlossen: Testfeiertag"


def structured(soup):
    return [json.loads(tag.string) for tag in soup.select('script[type="application/ld+json"]')]


def test_json_ld_is_an_embassy_with_its_hours_and_closures(berlin, reader, html):
    close_on(berlin.pages["en"], datetime.date(2099, 10, 3), "German Unity Day")

    soup = html(get(reader, berlin.pages["en"].url))

    [data] = structured(soup)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == ["Embassy", "GovernmentOffice"]
    assert data["telephone"] == "+49 30 3010 2451"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 52.5153, "longitude": 13.2519}
    hours = data["openingHoursSpecification"]
    assert hours[0] == {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": "https://schema.org/Monday",
        "opens": "09:00",
        "closes": "13:00",
    }
    assert hours[-1]["validFrom"] == hours[-1]["validThrough"] == "2099-10-03"
    assert (hours[-1]["opens"], hours[-1]["closes"]) == ("00:00", "00:00")
    consular = data["department"]
    assert consular["telephone"] == "+49 170 555 0101"
    assert len(consular["openingHoursSpecification"]) == 2


def test_a_consulate_is_a_government_office(tree, reader, html):
    from .factories import build_mission

    mission = build_mission(hostname="hamburg.localhost", kind="consulate")

    soup = html(reader.get(mission.pages["en"].url, HTTP_HOST="hamburg.localhost"))

    assert structured(soup)[0]["@type"] == "GovernmentOffice"


def test_editors_add_mission_pages_and_the_directory_under_a_home():
    from habar.news.models import HomePage

    allowed = {model._meta.label for model in HomePage.allowed_subpage_models()}

    assert {"missions.MissionPage", "missions.MissionDirectoryPage"} <= allowed
