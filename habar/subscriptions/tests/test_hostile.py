"""Hostile input to the subscription pages: a clear 4xx or the form again, never a 500,
and nothing echoed unescaped."""

import pytest
from django.test import override_settings

from habar.subscriptions.models import Subscription
from habar.tests.hostile import PAYLOADS, SCRIPT

pytestmark = pytest.mark.usefixtures("tree")
FIELDS = ["email", "scope", "sections", "started", "website", "statements"]
ODD_VALUES = [*PAYLOADS, "\x00", "a" * 100_000, "x@" + "y" * 300 + ".org", "\ud800"]


@pytest.fixture(autouse=True)
def _quick_readers():
    with override_settings(
        HABAR_SUBSCRIBE_MIN_SECONDS=0,
        HABAR_SUBSCRIBE_PER_HOUR=10_000,
        HABAR_SUBSCRIBE_PER_EMAIL_HOUR=10_000,
    ):
        yield


@pytest.mark.parametrize("field", FIELDS)
def test_hostile_form_values_get_an_answer_not_an_error(reader, field):
    started = reader.get("/en/subscribe/").context["form"]["started"].value()
    for value in ODD_VALUES:
        data = {"email": "r@example.org", "scope": "sections", "started": started}
        data[field] = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        response = reader.post("/en/subscribe/", data)
        assert response.status_code in (200, 400), (field, value[:40])
        assert SCRIPT.encode() not in response.content
    assert not Subscription.objects.exclude(email="r@example.org").exists()


@pytest.mark.parametrize("kind", ["confirm", "manage", "unsubscribe"])
def test_hostile_link_keys_are_unknown_links(reader, kind):
    for value in [*PAYLOADS, "a:b", ":", "x" * 5000]:
        key = value.replace("/", "%2F").replace("?", "%3F").replace("#", "%23")
        for method in (reader.get, reader.post):
            response = method(f"/en/subscribe/{kind}/{key}/")
            assert response.status_code in (200, 404), (kind, method, value[:40])
            assert SCRIPT.encode() not in response.content
