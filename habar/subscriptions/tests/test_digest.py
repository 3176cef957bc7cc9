"""The daily digest: sent once a day at the site's local hour, by the worker's round, with
the articles first published since the last one, in the subscriber's language; the clock
is frozen in the site's time zone."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from habar.news.tests.factories import HOME_TITLES
from habar.sites.models import SiteSettings
from habar.subscriptions import alerts, links, sending
from habar.subscriptions.models import Delivery, Digest, Subscription, Suppression

from .test_alerts_by_smtp import publish

ASHGABAT = "Asia/Ashgabat"  # UTC+5 all year


class Clock:
    """timezone.now(), frozen at a moment set in a zone's local time."""

    def __init__(self):
        self.now = None

    def set(self, zone, *moment):
        self.now = datetime(*moment, tzinfo=ZoneInfo(zone))


@pytest.fixture
def clock(monkeypatch):
    frozen = Clock()
    # Later than any default timestamp written with the real time (models' defaults).
    frozen.set(ASHGABAT, 2030, 3, 4, 10, 0)
    monkeypatch.setattr(timezone, "now", lambda: frozen.now)
    return frozen


@pytest.fixture(autouse=True)
def _quick():
    with override_settings(HABAR_EMAIL_RATE=1000, HABAR_DIGEST_HOUR=8):
        yield


def daily(tree, email="d@example.org", language="en"):
    return Subscription.objects.create(
        site=tree.site,
        language=language,
        email=email,
        frequency=Subscription.DAILY,
        confirmed_at=timezone.now(),
    )


def in_zone(tree, zone):
    settings = SiteSettings.for_site(tree.site)
    settings.time_zone = zone
    settings.save()


def test_one_digest_a_day_at_the_sites_hour_with_the_days_articles(tree, clock):
    in_zone(tree, ASHGABAT)
    subscription = daily(tree)
    Subscription.objects.create(
        site=tree.site, language="en", email="i@example.org", confirmed_at=timezone.now()
    )
    publish(tree.section("politics"), "Talks in Geneva")
    clock.set(ASHGABAT, 2030, 3, 4, 15, 0)
    publish(tree.section("economy"), "Trade figures")
    assert sending.send_round() == 2  # the immediate subscriber's alerts
    assert {message.to[0] for message in mail.outbox} == {"i@example.org"}
    mail.outbox.clear()

    clock.set(ASHGABAT, 2030, 3, 5, 7, 59)
    assert sending.send_round() == 0 and mail.outbox == []
    clock.set(ASHGABAT, 2030, 3, 5, 8, 0)
    assert sending.send_round() == 1
    (digest,) = mail.outbox
    assert digest.to == ["d@example.org"]
    assert digest.subject == "New on Ministry of Foreign Affairs: 2 articles"
    html = digest.alternatives[0][0]
    for title in ("Talks in Geneva", "Trade figures"):
        assert title in digest.body and title in html
    assert digest.body.index("Talks in Geneva") < digest.body.index("Trade figures")
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/en/subscribe/unsubscribe/" in digest.extra_headers["List-Unsubscribe"]
    assert "/en/subscribe/manage/" in digest.body and "/en/subscribe/manage/" in html

    clock.set(ASHGABAT, 2030, 3, 5, 8, 5)
    mail.outbox.clear()
    assert sending.send_round() == 0 and mail.outbox == []
    record = Digest.objects.get()
    assert (record.subscription, record.day, record.status) == (
        subscription,
        datetime(2030, 3, 5).date(),
        Digest.SENT,
    )
    statuses = Delivery.objects.filter(subscription=subscription).values_list("status", flat=True)
    assert list(statuses) == [Delivery.SENT, Delivery.SENT]


def test_nothing_new_sends_no_digest(tree, clock):
    daily(tree)
    clock.set(ASHGABAT, 2030, 3, 5, 9, 0)
    assert sending.send_round() == 0
    assert mail.outbox == [] and not Digest.objects.exists()


@pytest.mark.parametrize(("zone", "sent"), [(ASHGABAT, 1), ("Europe/Berlin", 0)])
def test_the_hour_is_the_sites_own(tree, clock, zone, sent):
    in_zone(tree, zone)
    daily(tree)
    clock.set("UTC", 2030, 3, 4, 11, 0)  # after the hour in both
    publish(tree.section("politics"), "Talks in Geneva")
    clock.set("UTC", 2030, 3, 5, 3, 30)  # 08:30 in Ashgabat, 04:30 in Berlin
    assert sending.send_round() == sent


def test_a_worker_down_at_the_hour_sends_late_once_and_keeps_later_news(tree, clock):
    in_zone(tree, ASHGABAT)
    daily(tree)
    publish(tree.section("politics"), "Before the hour")
    clock.set(ASHGABAT, 2030, 3, 5, 12, 30)  # no round ran at 08:00
    publish(tree.section("politics"), "After the hour")
    clock.set(ASHGABAT, 2030, 3, 5, 13, 0)
    assert sending.send_round() == 1
    assert sending.send_round() == 0
    (late,) = mail.outbox
    assert "Before the hour" in late.body and "After the hour" not in late.body
    assert late.subject == "New on Ministry of Foreign Affairs: 1 article"
    mail.outbox.clear()
    clock.set(ASHGABAT, 2030, 3, 6, 8, 1)
    assert sending.send_round() == 1
    (next_day,) = mail.outbox
    assert "After the hour" in next_day.body and "Before the hour" not in next_day.body
    assert sorted(Digest.objects.values_list("day", flat=True)) == [
        datetime(2030, 3, 5).date(),
        datetime(2030, 3, 6).date(),
    ]


def test_the_digest_is_in_the_subscribers_language(tree, clock):
    in_zone(tree, ASHGABAT)
    daily(tree, language="ru")
    publish(tree.section("politics", "ru"), "Переговоры в Женеве")
    publish(tree.section("economy", "ru"), "Торговля")
    clock.set(ASHGABAT, 2030, 3, 5, 8, 0)
    assert sending.send_round() == 1
    (digest,) = mail.outbox
    assert digest.subject == f"Новое на сайте {HOME_TITLES['ru']}: 2 статьи"
    assert "Читать статью" in digest.body and 'lang="ru"' in digest.alternatives[0][0]


def test_a_suppressed_address_gets_no_digest(tree, clock):
    in_zone(tree, ASHGABAT)
    daily(tree)
    publish(tree.section("politics"), "Talks in Geneva")
    assert alerts.queue_pending() == 1
    Suppression.add("d@example.org", Suppression.COMPLAINT)
    clock.set(ASHGABAT, 2030, 3, 5, 8, 0)
    assert sending.send_round() == 0 and mail.outbox == []
    assert Delivery.objects.get().status == Delivery.FAILED


def test_choosing_the_digest_later_keeps_what_is_queued_for_it(tree, clock, reader):
    subscription = Subscription.objects.create(
        site=tree.site, language="en", email="i@example.org", confirmed_at=timezone.now()
    )
    publish(tree.section("politics"), "Talks in Geneva")
    alerts.queue_pending()
    manage = links.link(subscription, "manage").removeprefix("http://testserver")
    answer = reader.post(manage, {"scope": "site", "frequency": "daily"})
    assert answer.status_code == 200
    assert Subscription.objects.get().frequency == Subscription.DAILY
    assert Delivery.objects.get().status == Delivery.DIGEST
    clock.set(ASHGABAT, 2030, 3, 5, 8, 0)
    assert sending.send_round() == 1
    assert mail.outbox[0].subject == "New on Ministry of Foreign Affairs: 1 article"
