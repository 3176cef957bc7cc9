"""Alerts across sites and languages (syndicated copies, a German embassy), the worker's
round, and the admin's counts, export and deletion."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import GroupPagePermission

from habar.accounts.testing import verified_login
from habar.news.syndication import syndicate
from habar.news.tests.factories import ArticleIndexPageFactory, HomePageFactory
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory
from habar.subscriptions import sending
from habar.subscriptions.models import Delivery, Subscription
from habar.worker import loop, rounds

from .test_alerts_by_smtp import publish


@pytest.fixture
def berlin(tree):
    """An embassy in Berlin publishing in German and English, with a News section."""
    homes, sections = {}, {}
    for code, title, news in (
        ("de", "Botschaft in Berlin", "Nachrichten"),
        ("en", "Embassy in Berlin", "News"),
    ):
        extra = {"translation_key": homes["de"].translation_key} if homes else {}
        homes[code] = HomePageFactory(
            title=title, slug=f"berlin-{code}", locale=LocaleFactory(language_code=code), **extra
        )
        sections[code] = ArticleIndexPageFactory(title=news, slug="aktuell", parent=homes[code])
    site = SiteFactory(hostname="berlin.localhost", root_page=homes["de"], is_default_site=False)
    SiteSettingsFactory(site=site, languages=["de", "en"], default_language="de")
    return site, sections


def confirmed(site, language, email="r@example.org", **fields):
    return Subscription.objects.create(
        site=site, language=language, email=email, confirmed_at=timezone.now(), **fields
    )


@pytest.fixture(autouse=True)
def _quick():
    with override_settings(HABAR_EMAIL_RATE=1000, HABAR_EMAIL_RETRY_SECONDS=0):
        yield


def test_a_german_alert_is_in_german_with_the_sites_german_name(berlin):
    site, sections = berlin
    confirmed(site, "de")
    publish(sections["de"], "Neue Visaregeln")
    assert sending.send_round() == 1
    (message,) = mail.outbox
    assert message.subject == "Neue Visaregeln · Botschaft in Berlin"
    assert "Artikel lesen: http://berlin.localhost/de/aktuell/" in message.body
    assert "Abbestellen: http://berlin.localhost/de/subscribe/unsubscribe/" in message.body
    html = message.alternatives[0][0]
    assert 'lang="de"' in html and "Abonnement ändern" in html


def test_a_syndicated_copy_alerts_the_embassys_subscribers_once(tree, berlin):
    site, sections = berlin
    ministry = confirmed(tree.site, "en", email="m@example.org")
    embassy = confirmed(site, "en", email="e@example.org")
    origin = publish(tree.section("politics"), "Ministry statement")
    syndicate(origin, sections["en"])
    assert sending.send_round() == 2
    assert sorted(message.to[0] for message in mail.outbox) == ["e@example.org", "m@example.org"]
    mail.outbox.clear()
    origin.save_revision().publish()  # an edit: the copy follows, nobody is told again
    assert sending.send_round() == 0 and mail.outbox == []
    assert Delivery.objects.filter(subscription=ministry).count() == 1
    assert Delivery.objects.filter(subscription=embassy).count() == 1


def test_the_worker_loop_runs_the_mail_round(tree, monkeypatch):
    # The test's transaction is the loop's connection: it must not be closed under it.
    monkeypatch.setattr(loop, "close_old_connections", lambda: None)
    confirmed(tree.site, "en")
    publish(tree.section("politics"), "Sent by the loop")
    assert "subscriptions-mail" in rounds.ROUNDS
    loop.Worker(schedule_every=3600, flush_every=3600).tick()
    assert [message.subject for message in mail.outbox] == [
        "Sent by the loop · Ministry of Foreign Affairs"
    ]
    assert Delivery.objects.get().status == Delivery.SENT


def test_the_admin_report_counts_confirmed_subscriptions(tree, admin_client):
    politics = tree.section("politics")
    confirmed(tree.site, "en", email="a@example.org")
    confirmed(tree.site, "en", email="b@example.org", whole_site=False).sections.add(politics)
    Subscription.objects.create(site=tree.site, language="en", email="u@example.org")
    response = admin_client.get("/admin/subscriptions/")
    assert response.status_code == 200
    (row,) = response.context["rows"]
    assert (row["language"], row["total"], row["whole"]) == ("en", 2, 1)
    assert row["sections"] == [("Politics", 1)]


def test_a_superuser_exports_and_deletes_one_subscriber(tree, admin_client):
    confirmed(tree.site, "en", email="a@example.org")
    confirmed(tree.site, "ru", email="a@example.org")
    confirmed(tree.site, "en", email="other@example.org")
    export = admin_client.post(
        "/admin/subscriptions/subscriber/", {"email": "A@example.org", "action": "export"}
    )
    data = json.loads(export.content)
    assert sorted(entry["language"] for entry in data) == ["en", "ru"]
    assert {entry["email"] for entry in data} == {"a@example.org"}
    admin_client.post(
        "/admin/subscriptions/subscriber/", {"email": "a@example.org", "action": "delete"}
    )
    assert list(Subscription.objects.values_list("email", flat=True)) == ["other@example.org"]
    bad = admin_client.post("/admin/subscriptions/subscriber/", {"email": "nope"})
    assert bad.status_code == 302


def test_an_editor_sees_counts_but_cannot_export(tree, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x" * 16)
    group = Group.objects.create(name="Newsroom of the ministry")
    group.permissions.add(*_admin_access())
    GroupPagePermission.objects.create(group=group, page=tree.homes["en"], permission_type="change")
    editor.groups.add(group)
    client = verified_login(Client(headers={"Accept-Language": "en"}), editor)
    assert client.get("/admin/subscriptions/").status_code == 200
    confirmed(tree.site, "en", email="a@example.org")
    for action in ("export", "delete"):
        refused = client.post(
            "/admin/subscriptions/subscriber/", {"email": "a@example.org", "action": action}
        )
        # Wagtail answers a refusal in its admin with a redirect and a message.
        assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert Subscription.objects.filter(email="a@example.org").exists()


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename="access_admin")


def test_subscriptions_never_confirmed_are_forgotten_after_a_week(tree):
    old = timezone.now() - timedelta(days=8)
    Subscription.objects.create(
        site=tree.site, language="en", email="o@example.org", consented_at=old
    )
    Subscription.objects.create(site=tree.site, language="en", email="n@example.org")
    confirmed(tree.site, "en", email="c@example.org", consented_at=old)
    sending.send_round()
    emails = sorted(Subscription.objects.values_list("email", flat=True))
    assert emails == ["c@example.org", "n@example.org"]


def test_official_statements_reach_those_who_chose_them(tree, reader):
    politics, economy = tree.section("politics"), tree.section("economy")
    publish(politics, "An earlier statement", kind="statement")  # the site has statements
    sending.send_round()
    answer = reader.get("/en/subscribe/")
    assert "statements" in answer.context["form"].fields
    only_statements = confirmed(tree.site, "en", email="s@example.org", whole_site=False)
    only_statements.statements = True
    only_statements.save()
    confirmed(tree.site, "en", email="e@example.org", whole_site=False).sections.add(economy)
    publish(economy, "A statement on trade", kind="statement")
    publish(economy, "Trade news")
    publish(politics, "Politics news")
    sending.send_round()
    received = sorted((message.to[0], message.subject.split(" · ")[0]) for message in mail.outbox)
    assert received == [
        ("e@example.org", "A statement on trade"),
        ("e@example.org", "Trade news"),
        ("s@example.org", "A statement on trade"),
    ]
