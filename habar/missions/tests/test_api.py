"""/api/v1/missions/: the directory as open data, in the API's schema."""

import datetime

import pytest
from django.test import Client, override_settings

from habar.api.api import api as ninja_api
from habar.missions.models import Kind

from .factories import build_mission, close_on


@pytest.fixture
def api():
    client = Client(headers={"Accept-Language": "en"})

    def get(path=""):
        return client.get(f"/api/v1/missions/{path}")

    return get


@pytest.fixture
def network(berlin):
    build_mission(
        hostname="hamburg.localhost",
        languages=("de", "en"),
        kind="consulate",
        titles={"en": "Consulate General in Hamburg"},
    )
    close_on(berlin.pages["en"], datetime.date(2099, 10, 3), "German Unity Day")
    close_on(berlin.pages["en"], datetime.date(2000, 10, 3), "Long ago")
    return berlin


def test_every_mission_with_its_details_hours_and_holidays_ahead(network, api):
    body = api().json()

    assert body["count"] == 2
    berlin = body["items"][1]
    assert berlin["name"] == "Embassy of Turkmenistan in Germany"
    assert berlin["language"] == "en"
    assert (berlin["kind"], berlin["country"], berlin["time_zone"]) == (
        "embassy",
        "DE",
        "Europe/Berlin",
    )
    assert berlin["phones"] == ["+49 30 3010 2451", "+49 30 3010 2452"]
    assert berlin["emergency_phone"] == "+49 170 555 0101"
    assert (berlin["latitude"], berlin["longitude"]) == (52.5153, 13.2519)
    assert berlin["url"] == "http://berlin.localhost/en/embassy/"
    assert berlin["hours"][0] == {
        "service": "consular",
        "weekday": 1,
        "day": "Tuesday",
        "opens": "14:00",
        "closes": "16:00",
    }
    assert berlin["closures"] == [{"date": "2099-10-03", "name": "German Unity Day"}]


def test_texts_in_the_language_asked_for(network, api):
    names = [item["name"] for item in api("?language=tk").json()["items"]]
    # The missions have no Turkmen page: their English one stands in.
    assert names == ["Consulate General in Hamburg", "Embassy of Turkmenistan in Germany"]


@pytest.mark.parametrize(
    ("query", "count"),
    [("?kind=consulate", 1), ("?country=DE&kind=embassy", 1), ("?country=KR", 0)],
)
def test_filters(network, api, query, count):
    assert api(query).json()["count"] == count


def test_paging(network, api):
    body = api("?page_size=1").json()

    assert (body["num_pages"], body["next"]) == (
        2,
        "http://testserver/api/v1/missions/?page_size=1&page=2",
    )
    assert api("?page=3&page_size=1").status_code == 404


@pytest.mark.parametrize(
    "query", ["?kind=palace", "?country=Germany", "?language=xx", "?page=0", "?page_size=1000"]
)
def test_bad_parameters_are_a_400(network, api, query):
    response = api(query)

    assert response.status_code == 400
    assert response.json()["detail"] == "Invalid request parameters."


def test_in_the_openapi_schema_with_every_kind(api):
    schema = ninja_api.get_openapi_schema()
    operation = schema["paths"]["/api/v1/missions/"]["get"]
    kind = next(p for p in operation["parameters"] if p["name"] == "kind")

    assert set(kind["schema"]["anyOf"][0]["enum"]) == set(Kind.values)
    assert "Mission" in schema["components"]["schemas"]


def test_throttled_like_the_rest_of_the_api(network, api):
    with override_settings(HABAR_API_RATE_LIMIT="2/min"):
        statuses = [api().status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
