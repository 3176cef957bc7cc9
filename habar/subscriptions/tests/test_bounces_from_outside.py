"""Complaints and bounces that reach Habar after sending: reported by the mail provider's
webhook (django-anymail; Postmark's format here), or recorded by a site administrator."""

import base64
import csv
import io
import json

import pytest
from django.test import override_settings
from django.utils import timezone

from habar.subscriptions.models import Subscription, Suppression

URL = "/mail/events/postmark/tracking/"
SECRET = "habar:" + "s" * 32


def basic_auth(secret=SECRET):
    return {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(secret.encode()).decode()}


def bounce(email="gone@example.org", kind="HardBounce", record="Bounce"):
    return json.dumps(
        {
            "RecordType": record,
            "Type": kind,
            "ID": 42,
            "Email": email,
            "BouncedAt": "2030-03-04T10:00:00Z",
            "Description": "The server was unable to deliver your message.",
            "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        }
    )


@pytest.fixture
def webhook():
    with override_settings(ANYMAIL={"WEBHOOK_SECRET": SECRET}):
        yield


def post(client, body, **headers):
    return client.post(URL, body, content_type="application/json", **headers)


def test_a_reported_hard_bounce_suppresses_the_address(client, db, webhook):
    assert post(client, bounce(), **basic_auth()).status_code == 200
    suppression = Suppression.objects.get()
    assert (suppression.email, suppression.reason) == ("gone@example.org", "hard-bounce")
    assert suppression.detail.startswith("Postmark: ")


def test_a_reported_complaint_suppresses_the_address(client, db, webhook):
    body = bounce("Angry@Example.org", kind="SpamComplaint", record="SpamComplaint")
    assert post(client, body, **basic_auth()).status_code == 200
    assert Suppression.objects.get().reason == "complaint"
    assert Suppression.is_suppressed("angry@example.org")


def test_a_temporary_bounce_suppresses_nothing(client, db, webhook):
    assert post(client, bounce(kind="Transient"), **basic_auth()).status_code == 200
    assert not Suppression.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [{}, basic_auth("habar:wrong"), {"HTTP_AUTHORIZATION": "Basic !!!"}],
    ids=["none", "wrong", "garbled"],
)
def test_a_notification_without_the_secret_is_refused(client, db, webhook, headers):
    assert post(client, bounce(), **headers).status_code == 400
    assert not Suppression.objects.exists()


@pytest.mark.parametrize(
    "body", ["not json", "[]", "{}", '{"RecordType": "Bounce", "Type": []}', "\xff", "null"]
)
def test_an_unreadable_notification_is_a_400(client, db, webhook, body):
    assert post(client, body, **basic_auth()).status_code in (200, 400)
    assert not Suppression.objects.exists()


def test_the_endpoint_is_closed_without_a_secret(client, db):
    with override_settings(ANYMAIL={}):
        assert post(client, bounce(), **basic_auth()).status_code == 404
    assert not Suppression.objects.exists()


def test_a_site_administrator_records_a_complaint(tree, admin_client):
    Subscription.objects.create(
        site=tree.site, language="en", email="a@example.org", confirmed_at=timezone.now()
    )
    answer = admin_client.post(
        "/admin/subscriptions/subscriber/", {"email": " A@example.org", "action": "complaint"}
    )
    assert answer.status_code == 302
    suppression = Suppression.objects.get()
    assert (suppression.email, suppression.reason) == ("a@example.org", "complaint")
    report = admin_client.get("/admin/subscriptions/")
    assert report.context["suppressed"] == 1


def test_a_site_administrator_exports_one_subscriber_as_csv(tree, admin_client):
    confirmed = timezone.now()
    Subscription.objects.create(
        site=tree.site, language="en", email="a@example.org", confirmed_at=confirmed
    )
    Subscription.objects.create(site=tree.site, language="ru", email="b@example.org")
    answer = admin_client.post(
        "/admin/subscriptions/subscriber/", {"email": "a@example.org", "action": "csv"}
    )
    assert answer["Content-Type"] == "text/csv; charset=utf-8"
    (row,) = csv.DictReader(io.StringIO(answer.content.decode()))
    assert (row["email"], row["language"], row["frequency"]) == ("a@example.org", "en", "immediate")
    assert row["confirmed_at"] == confirmed.isoformat() and row["messages"] == "0"
