"""Subscribe, confirm, publish, receive, unsubscribe: Habar speaking to a real SMTP server."""

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Page

from habar.news.models import ArticlePage
from habar.subscriptions import alerts, sending
from habar.subscriptions.models import Delivery, Subscription, Suppression

from .smtp import links, parts, start_server

pytestmark = pytest.mark.both_engines


@pytest.fixture
def smtp():
    controller, inbox = start_server()
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=controller.port,
        EMAIL_USE_TLS=False,
        DEFAULT_FROM_EMAIL="news@mfa.example.org",
        HABAR_EMAIL_RATE=1000,
        HABAR_EMAIL_RETRY_SECONDS=0,
        HABAR_SUBSCRIBE_MIN_SECONDS=0,
    ):
        yield inbox
    controller.stop()


def publish(section, title, **fields):
    """An article written as a draft, then published the way an editor does."""
    fields = {"publication_date": None, "summary": f"The lead of {title}.", **fields}
    article = ArticlePage(title=title, live=False, **fields)
    section.add_child(instance=article)
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def subscribe(reader, language="en", **choice):
    page = reader.get(f"/{language}/subscribe/")
    assert page.status_code == 200
    started = page.context["form"]["started"].value()
    data = {"email": "reader@example.org", "scope": "site", "started": started, **choice}
    return reader.post(f"/{language}/subscribe/", data)


def confirm_from(inbox, reader):
    (message,) = inbox.take()
    plain, html = parts(message)
    (path,) = links(plain, "confirm")
    assert links(html, "confirm") == [path]
    assert reader.get(path).status_code == 200
    assert reader.post(path).status_code == 200
    return message


def test_subscribe_confirm_receive_unsubscribe_and_nothing_more(tree, reader, smtp):
    politics, economy = tree.section("politics"), tree.section("economy")
    answer = subscribe(reader, scope="sections", sections=[politics.pk])
    assert answer.status_code == 200
    assert sending.send_round() == 1  # the confirmation, sent by the worker
    confirmation = confirm_from(smtp, reader)
    assert "Ministry of Foreign Affairs" in confirmation["Subject"]
    assert Subscription.objects.get().confirmed_at is not None

    publish(economy, "Trade figures")
    article = publish(politics, "Talks in Geneva")
    assert sending.send_round() == 1
    (alert,) = smtp.take()
    plain, html = parts(alert)
    assert alert["To"] == "reader@example.org"
    assert "Talks in Geneva" in alert["Subject"]
    assert "The lead of Talks in Geneva." in plain and "The lead of Talks in Geneva." in html
    assert article.get_full_url() in plain and article.get_full_url() in html
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = str(alert["List-Unsubscribe"]).strip().removeprefix("<").removesuffix(">")
    assert unsubscribe.startswith("http://testserver/en/subscribe/unsubscribe/")
    assert links(plain, "manage") and links(html, "unsubscribe")

    article.save_revision().publish()  # a re-publish
    assert sending.send_round() == 0
    assert smtp.take() == []

    one_click = reader.post(
        unsubscribe.removeprefix("http://testserver"), {"List-Unsubscribe": "One-Click"}
    )
    assert one_click.status_code == 200
    assert not Subscription.objects.exists()
    publish(politics, "Talks continue")
    assert sending.send_round() == 0
    assert smtp.take() == []


def test_a_temporary_smtp_failure_is_retried_and_recorded(tree, smtp):
    subscription = Subscription.objects.create(
        site=tree.site, language="en", email="r@example.org", confirmed_at=timezone.now()
    )
    smtp.refusals.append("451 4.3.0 Try again later")
    article = publish(tree.section("politics"), "Consular hours")
    assert sending.send_round() == 0
    delivery = Delivery.objects.get(subscription=subscription, article=article)
    assert (delivery.status, delivery.attempts) == (Delivery.QUEUED, 1)
    assert "451" in delivery.reason
    assert sending.send_round() == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Delivery.SENT, 2)
    assert [message["Subject"] for message in smtp.take()] == [
        "Consular hours · Ministry of Foreign Affairs"
    ]


def test_a_permanent_failure_is_recorded_and_not_retried(tree, smtp):
    Subscription.objects.create(
        site=tree.site, language="en", email="gone@example.org", confirmed_at=timezone.now()
    )
    smtp.refusals.append("550 5.1.1 No such mailbox")
    publish(tree.section("politics"), "Visa rules")
    sending.send_round()
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.FAILED and "550" in delivery.reason
    assert sending.send_round() == 0 and smtp.take() == []


def test_an_unreachable_server_is_retried_later(tree, smtp):
    Subscription.objects.create(
        site=tree.site, language="en", email="r@example.org", confirmed_at=timezone.now()
    )
    publish(tree.section("politics"), "Press briefing")
    with override_settings(EMAIL_PORT=1):  # nothing listens there
        assert sending.send_round() == 0
    assert Delivery.objects.get().status == Delivery.QUEUED
    assert sending.send_round() == 1
    assert len(smtp.take()) == 1


def test_drafts_and_old_articles_alert_nobody(tree, smtp):
    Subscription.objects.create(
        site=tree.site, language="en", email="r@example.org", confirmed_at=timezone.now()
    )
    draft = ArticlePage(title="Draft", live=False)
    tree.section("politics").add_child(instance=draft)
    draft.save_revision()
    old = timezone.now().replace(year=2019)
    publish(tree.section("politics"), "From the archive", publication_date=old)
    assert sending.send_round() == 0
    assert smtp.take() == [] and not Delivery.objects.exists()


def test_unconfirmed_and_other_language_subscriptions_receive_nothing(tree, smtp):
    Subscription.objects.create(site=tree.site, language="en", email="u@example.org")
    Subscription.objects.create(
        site=tree.site, language="ru", email="r@example.org", confirmed_at=timezone.now()
    )
    publish(tree.section("politics"), "English only")
    assert sending.send_round() == 0 and smtp.take() == []
    assert Page.objects.filter(title="English only", live=True).exists()


def confirmed(tree, email):
    return Subscription.objects.create(
        site=tree.site, language="en", email=email, confirmed_at=timezone.now()
    )


def test_a_refused_recipient_is_suppressed_and_sent_nothing_more(tree, smtp):
    gone, kept = confirmed(tree, "gone@example.org"), confirmed(tree, "kept@example.org")
    smtp.recipient_refusals["gone@example.org"] = "550 5.1.1 No such mailbox"
    first = publish(tree.section("politics"), "Visa rules")
    assert sending.send_round() == 1
    assert [message["To"] for message in smtp.take()] == ["kept@example.org"]
    suppression = Suppression.objects.get()
    assert (suppression.email, suppression.reason) == ("gone@example.org", "hard-bounce")
    assert "550" in suppression.detail
    assert Delivery.objects.get(subscription=gone, article=first).status == Delivery.FAILED

    del smtp.recipient_refusals["gone@example.org"]  # the server would take it now
    second = publish(tree.section("politics"), "Consular hours")
    assert sending.send_round() == 1
    assert [message["To"] for message in smtp.take()] == ["kept@example.org"]
    assert Delivery.objects.get(subscription=kept, article=second).status == Delivery.SENT
    assert not Delivery.objects.filter(subscription=gone, article=second).exclude(status="failed")


def test_a_refused_confirmation_suppresses_and_subscribing_again_sends_nothing(tree, reader, smtp):
    smtp.recipient_refusals["reader@example.org"] = "553 5.1.3 Bad recipient address"
    first = subscribe(reader)
    assert sending.send_round() == 0 and smtp.take() == []
    assert Suppression.objects.get().email == "reader@example.org"
    Subscription.objects.all().delete()
    del smtp.recipient_refusals["reader@example.org"]

    reader.cookies.clear()
    again = subscribe(reader)
    assert again.status_code == first.status_code == 200
    assert again.templates[0].name == first.templates[0].name == "subscriptions/check_inbox.html"
    assert sending.send_round() == 0 and smtp.take() == []
    assert not Subscription.objects.exists()


def test_a_complaint_recorded_by_command_stops_all_mail(tree, smtp):
    subscription = confirmed(tree, "reader@example.org")
    other = confirmed(tree, "other@example.org")
    publish(tree.section("politics"), "Visa rules")
    assert alerts.queue_pending() == 2
    call_command("subscriptions", "suppress", " Reader@Example.org ", "--reason", "complaint")
    assert Suppression.objects.get().reason == "complaint"
    delivery = Delivery.objects.get(subscription=subscription)
    assert (delivery.status, delivery.reason) == (Delivery.FAILED, "suppressed")
    assert sending.send_round() == 1
    assert [message["To"] for message in smtp.take()] == ["other@example.org"]
    Subscription.objects.filter(pk=subscription.pk).update(confirmation_due=True)
    publish(tree.section("politics"), "Consular hours")
    assert sending.send_round() == 1
    assert [message["To"] for message in smtp.take()] == ["other@example.org"]
    assert Delivery.objects.filter(subscription=other, status=Delivery.SENT).count() == 2


def test_the_command_refuses_a_bad_address(db):
    with pytest.raises(CommandError):
        call_command("subscriptions", "suppress", "not-an-address")
    assert not Suppression.objects.exists()


def test_a_temporary_refusal_does_not_suppress(tree, smtp):
    confirmed(tree, "busy@example.org")
    smtp.recipient_refusals["busy@example.org"] = "450 4.2.1 Mailbox busy"
    publish(tree.section("politics"), "Press briefing")
    assert sending.send_round() == 0
    assert Delivery.objects.get().status == Delivery.QUEUED
    assert not Suppression.objects.exists()
    del smtp.recipient_refusals["busy@example.org"]
    assert sending.send_round() == 1
    assert [message["To"] for message in smtp.take()] == ["busy@example.org"]


def test_a_bounce_stops_the_same_address_later_in_the_round(tree, smtp):
    for language in ("en", "ru"):
        Subscription.objects.create(
            site=tree.site, language=language, email="gone@example.org", confirmation_due=True
        )
    smtp.refusals.append("550 5.1.1 No such mailbox")  # to the first confirmation's DATA
    assert sending.send_round() == 0  # the first is refused, the second not attempted
    assert smtp.take() == [] and smtp.refusals == []
    assert not Subscription.objects.filter(confirmation_due=True).exists()
    assert Suppression.objects.get().reason == "hard-bounce"


def test_a_refused_message_that_is_not_a_refused_recipient_does_not_suppress(tree, smtp):
    confirmed(tree, "reader@example.org")
    smtp.refusals.append("554 5.7.1 Message rejected as spam")
    publish(tree.section("politics"), "Visa rules")
    assert sending.send_round() == 0
    assert Delivery.objects.get().status == Delivery.FAILED
    assert not Suppression.objects.exists()
    publish(tree.section("politics"), "Consular hours")
    assert sending.send_round() == 1
    assert [message["To"] for message in smtp.take()] == ["reader@example.org"]


def test_a_message_a_dead_worker_left_sending_is_not_sent_again(tree, smtp):
    confirmed(tree, "reader@example.org")
    publish(tree.section("politics"), "Visa rules")
    assert alerts.queue_pending() == 1
    Delivery.objects.update(status=Delivery.SENDING)  # claimed by a round that never ended
    assert sending.send_round() == 0 and smtp.take() == []
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.FAILED and delivery.reason.startswith("The worker stopped")
