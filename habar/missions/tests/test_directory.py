"""The ministry's directory: every mission of the network, filtered by country and kind, as
a page in each of the ministry's languages and as CSV."""

import csv
import io
from urllib.parse import urlencode, urlsplit

import pytest
from django.test import Client
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from habar.core.signals import pages_changed
from habar.tests.test_hostile_input import PROPERTY_SETTINGS, SCRIPT, text

from .factories import build_mission


@pytest.fixture
def network(berlin):
    seoul = build_mission(
        hostname="seoul.localhost",
        languages=("ko", "en"),
        time_zone="Asia/Seoul",
        country="KR",
        titles={"en": "Embassy of Turkmenistan in Korea"},
    )
    for page, country in [(seoul.pages["en"], "Republic of Korea")]:
        page.host_country = country
        page.save_revision().publish()
    hamburg = build_mission(
        hostname="hamburg.localhost",
        languages=("de", "en"),
        kind="consulate",
        titles={"en": "Consulate General in Hamburg"},
    )
    return {"berlin": berlin, "seoul": seoul, "hamburg": hamburg}


def names(soup):
    return [link.get_text() for link in soup.select(".mission-card h2 a")]


def test_every_mission_is_listed_by_country_with_its_details(network, directory, reader, html):
    soup = html(reader.get(directory["en"].url))

    assert names(soup) == [
        "Consulate General in Hamburg",
        "Embassy of Turkmenistan in Germany",
        "Embassy of Turkmenistan in Korea",
    ]
    card = soup.select(".mission-card")[1]
    assert card.select_one("h2 a")["href"] == "http://berlin.localhost/en/embassy/"
    assert "+49 170 555 0101" in card.get_text()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?country=KR", ["Embassy of Turkmenistan in Korea"]),
        ("?kind=consulate", ["Consulate General in Hamburg"]),
        ("?country=DE&kind=embassy", ["Embassy of Turkmenistan in Germany"]),
    ],
)
def test_filters(network, directory, reader, html, query, expected):
    assert names(html(reader.get(directory["en"].url + query))) == expected


@pytest.mark.parametrize("query", ["?country=XX", "?kind=palace", "?country=de", "?country=%00"])
def test_a_filter_it_cannot_read_is_a_400_that_says_so(network, directory, reader, query):
    response = reader.get(directory["en"].url + query)

    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_missions_without_a_page_in_the_language_are_listed_in_english(
    network, directory, reader, html
):
    with translation.override("ru"):
        soup = html(reader.get(directory["ru"].url))

    assert "Embassy of Turkmenistan in Korea" in names(soup)
    assert soup.select_one("label[for=id_country]").get_text() == "Страна"


def test_the_footer_of_every_ministry_page_links_to_the_directory(directory, tree, reader, html):
    soup = html(reader.get(tree.homes["tk"].url))

    assert soup.select_one("footer a.footer-link-missions")["href"] == directory["tk"].url


def rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="missions-en-')
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_the_directory_downloads_as_csv_with_the_same_filters(network, directory, reader):
    everything = rows(reader.get(directory["en"].url + "csv/"))
    embassies = rows(reader.get(directory["en"].url + "csv/?kind=embassy"))

    assert [row["name"] for row in everything][0] == "Consulate General in Hamburg"
    berlin = everything[1]
    assert berlin["country"] == "DE"
    assert berlin["phones"] == "+49 30 3010 2451; +49 30 3010 2452"
    assert berlin["emergency_phone"] == "+49 170 555 0101"
    assert berlin["latitude"] == "52.515300"
    assert len(embassies) == 2


def test_a_csv_filter_it_cannot_read_is_a_400(network, directory, reader):
    assert reader.get(directory["en"].url + "csv/?kind=x").status_code == 400


def test_a_mission_change_shows_in_the_directory_at_once(network, directory, reader, html):
    assert "+49 170 555 0101" in reader.get(directory["en"].url).content.decode()
    details = network["berlin"].details
    details.emergency_phone = "+49 170 555 0199"
    details.save()

    soup = html(reader.get(directory["en"].url))

    assert "+49 170 555 0199" in soup.get_text()


@pytest.fixture
def heard():
    """The site ids each pages_changed signal named, while the test runs."""
    sites = []

    def listen(sender, site_ids, **kwargs):
        sites.append(set(site_ids))

    pages_changed.connect(listen)
    yield sites
    pages_changed.disconnect(listen)


def test_a_mission_pages_draft_leaves_the_directory_alone_until_it_is_published(
    network, directory, heard
):
    ministry = directory["en"].get_site().pk
    page = network["berlin"].pages["en"]
    page.address = "Neue Straße 1\n10115 Berlin"

    page.save_revision()
    assert not any(ministry in site_ids for site_ids in heard)

    page.get_latest_revision().publish()
    assert any(ministry in site_ids for site_ids in heard)


@given(
    country=st.one_of(text, st.sampled_from(["DE", "KR", "ZZ", ""])),
    kind=st.one_of(text, st.sampled_from(["embassy", "consulate", "permanent-mission"])),
    csv_view=st.booleans(),
)
@PROPERTY_SETTINGS
def test_any_filter_gets_a_clear_answer(network, directory, country, kind, csv_view):
    client = Client(raise_request_exception=False)
    path = urlsplit(directory["en"].url).path + ("csv/" if csv_view else "")

    response = client.get(path, QUERY_STRING=urlencode({"country": country, "kind": kind}))

    assert response.status_code in (200, 400), (country, kind)
    assert SCRIPT not in response.content.decode("utf-8", "replace")
