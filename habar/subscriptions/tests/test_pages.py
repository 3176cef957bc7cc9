"""The reader's pages: the form's checks, robots, throttling, links and the page cache."""

import pytest
from django.core import signing
from django.test import Client, override_settings
from django.utils import timezone

from habar.subscriptions import links, sending
from habar.subscriptions.forms import STAMP_SALT
from habar.subscriptions.models import Subscription

pytestmark = pytest.mark.usefixtures("tree")


def form_data(client, language="en", **data):
    started = client.get(f"/{language}/subscribe/").context["form"]["started"].value()
    return {"email": "reader@example.org", "scope": "site", "started": started, **data}


@pytest.fixture(autouse=True)
def _quick_readers():
    with override_settings(HABAR_SUBSCRIBE_MIN_SECONDS=0):
        yield


def test_every_page_links_to_the_subscribe_form_in_its_language(reader, html):
    page = html(reader.get("/ru/"))
    assert page.select_one('footer a[href="/ru/subscribe/"]') is not None


def test_the_form_lists_the_sites_sections_in_the_language(reader, tree):
    response = reader.get("/ru/subscribe/")
    assert response.status_code == 200
    titles = [title for _pk, title in response.context["form"].fields["sections"].choices]
    assert titles == ["Политика", "Экономика"]
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_pages_are_never_stored_in_the_page_cache(reader):
    first = reader.get("/en/subscribe/")
    second = reader.get("/en/subscribe/")
    assert "X-Habar-Cache" not in first and "X-Habar-Cache" not in second
    assert first.context["form"]["started"].value() != "" and first.cookies.get("csrftoken")


@pytest.mark.parametrize(
    "change, message",
    [
        ({"email": "not an address"}, "Enter a valid email address."),
        ({"scope": "sections"}, "Choose at least one section, or the whole site."),
        ({"sections": ["999999"], "scope": "sections"}, "Select a valid choice."),
        ({"started": "forged"}, "This form has expired. Please fill it in again."),
        ({"scope": "\x00"}, "Select a valid choice."),
    ],
)
def test_bad_input_is_answered_with_a_message(reader, change, message):
    response = reader.post("/en/subscribe/", form_data(reader, **change))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Subscription.objects.exists()


def test_a_form_sent_back_at_once_is_refused(reader):
    with override_settings(HABAR_SUBSCRIBE_MIN_SECONDS=3):
        response = reader.post("/en/subscribe/", form_data(reader))
    assert response.status_code == 400
    assert "That was very quick" in response.content.decode()


def test_an_old_stamp_passes_the_time_check(reader):
    stamp = signing.TimestampSigner(salt=STAMP_SALT).sign(str(int(timezone.now().timestamp()) - 60))
    with override_settings(HABAR_SUBSCRIBE_MIN_SECONDS=3):
        response = reader.post("/en/subscribe/", form_data(reader, started=stamp))
    assert response.status_code == 200
    assert Subscription.objects.get().confirmation_due


def test_a_robot_filling_the_honeypot_is_told_nothing_and_nothing_is_stored(reader):
    response = reader.post("/en/subscribe/", form_data(reader, website="http://spam.example"))
    assert response.status_code == 200
    assert not Subscription.objects.exists()


def test_the_form_is_throttled_per_client_address(reader):
    with override_settings(HABAR_SUBSCRIBE_PER_HOUR=2):
        for number in range(2):
            data = form_data(reader, email=f"r{number}@example.org")
            assert reader.post("/en/subscribe/", data).status_code == 200
        refused = reader.post("/en/subscribe/", form_data(reader, email="r9@example.org"))
        other = Client(REMOTE_ADDR="10.9.9.9")
        assert other.post("/en/subscribe/", form_data(other)).status_code == 200
    assert refused.status_code == 429
    assert Subscription.objects.count() == 3


def test_the_form_is_throttled_per_email_address_across_networks(reader):
    with override_settings(HABAR_SUBSCRIBE_PER_EMAIL_HOUR=2):
        for number in range(2):
            client = Client(REMOTE_ADDR=f"10.9.9.{number}")
            assert client.post("/en/subscribe/", form_data(client)).status_code == 200
        refused = reader.post("/en/subscribe/", form_data(reader))
        other = reader.post("/en/subscribe/", form_data(reader, email="o@example.org"))
    assert refused.status_code == 429
    assert "this address" in refused.content.decode()
    assert other.status_code == 200


def test_a_language_the_site_does_not_publish_has_no_form(reader):
    assert reader.get("/de/subscribe/").status_code == 404


def test_subscribing_twice_keeps_one_subscription_and_its_confirmed_choice(reader, tree):
    reader.post("/en/subscribe/", form_data(reader, email="Reader@Example.org"))
    subscription = Subscription.objects.get()
    assert subscription.email == "reader@example.org"
    subscription.confirmed_at = timezone.now()
    subscription.save()
    politics = tree.section("politics")
    reader.post("/en/subscribe/", form_data(reader, scope="sections", sections=[politics.pk]))
    subscription = Subscription.objects.get()
    assert subscription.whole_site and subscription.confirmation_due


def confirmed(tree, language="en"):
    return Subscription.objects.create(
        site=tree.site, language=language, email="r@example.org", confirmed_at=timezone.now()
    )


def path(url):
    return url.removeprefix("http://testserver")


def test_the_manage_page_changes_sections_and_deletes(reader, tree):
    subscription = confirmed(tree)
    manage = path(links.link(subscription, "manage"))
    assert reader.get(manage).status_code == 200
    economy = tree.section("economy")
    saved = reader.post(manage, {"scope": "sections", "sections": [economy.pk]})
    assert saved.status_code == 200 and saved.context["saved"]
    assert list(subscription.sections.all()) == [economy]
    assert reader.post(manage, {"scope": "sections"}).status_code == 400
    assert reader.post(manage, {"action": "delete"}).status_code == 200
    assert not Subscription.objects.exists()


def test_links_are_checked_for_purpose_language_and_signature(reader, tree):
    subscription = confirmed(tree)
    key = links.key_for(subscription, "confirm")
    assert reader.get(f"/en/subscribe/manage/{key}/").status_code == 404
    manage = links.key_for(subscription, "manage")
    assert reader.get(f"/ru/subscribe/manage/{manage}/").status_code == 404
    assert reader.get(f"/en/subscribe/manage/{manage}x/").status_code == 404
    assert reader.get(f"/en/subscribe/manage/{manage}/").status_code == 200


def test_unsubscribe_asks_on_get_and_acts_on_post(reader, tree):
    subscription = confirmed(tree)
    unsubscribe = path(links.link(subscription, "unsubscribe"))
    page = reader.get(unsubscribe)
    assert page.status_code == 200 and b"<form" in page.content
    assert Subscription.objects.exists()
    assert reader.post(unsubscribe).status_code == 200
    assert not Subscription.objects.exists()
    assert reader.post(unsubscribe).status_code == 200  # again: nothing left, no error


def test_the_confirmation_is_in_the_subscribers_language(reader, tree, mailoutbox):
    reader.post("/ru/subscribe/", form_data(reader, language="ru"))
    sending.send_round()
    (message,) = mailoutbox
    assert message.subject == "Подтвердите подписку на Министерство иностранных дел"
    assert "/ru/subscribe/confirm/" in message.body


def test_one_address_gets_one_confirmation_an_hour(reader, mailoutbox):
    for _attempt in range(3):
        reader.post("/en/subscribe/", form_data(reader))
        sending.send_round()
    assert len(mailoutbox) == 1
    assert Subscription.objects.get().confirmation_sent_at is not None
