"""The view beacon: who counts, who does not, and what every caller gets back."""

import time

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from habar.conftest import BROWSER_USER_AGENT
from habar.core.tests.factories import EditorFactory, UserFactory
from habar.news.tests.factories import ArticlePageFactory
from habar.stats.models import PageViewDay, PageViewTotal
from habar.stats.tests.factories import PageViewTotalFactory

pytestmark = pytest.mark.both_engines


@pytest.fixture
def article(tree):
    return ArticlePageFactory(parent=tree.section())


@pytest.fixture
def beacon(article):
    return reverse("stats:beacon", args=[article.pk])


@pytest.fixture
def pixel(article):
    return reverse("stats:pixel", args=[article.pk])


def views(article):
    return PageViewTotal.count_for(article.pk)


def test_answers_json_with_the_new_count(reader, beacon):
    response = reader.post(beacon)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"views": 1}


def test_new_visitor_adds_exactly_one(reader, beacon, article):
    PageViewTotalFactory(page=article, views=1114)

    assert reader.post(beacon).json() == {"views": 1115}
    assert views(article) == 1115


def test_same_visitor_again_is_not_counted(reader, beacon, article):
    reader.post(beacon)

    assert reader.post(beacon).json() == {"views": 1}
    assert views(article) == 1


def test_same_visitor_again_gets_the_current_count(reader, beacon, article):
    reader.post(beacon)
    PageViewTotal.objects.filter(page=article).update(views=50)

    assert reader.post(beacon).json() == {"views": 50}


def test_same_visitor_counts_again_after_the_window(reader, beacon, article, settings):
    settings.HABAR_VIEW_DEDUP_SECONDS = 1
    assert reader.post(beacon).json() == {"views": 1}

    # The window is the cache's own expiry (a Redis TTL on the PostgreSQL pass), which no
    # mocked clock moves: ask again until it has passed; inside it, nothing is counted.
    deadline = time.monotonic() + 10
    while (answer := reader.post(beacon).json()) == {"views": 1} and time.monotonic() < deadline:
        time.sleep(0.05)

    assert answer == {"views": 2}


def test_dedup_window_is_thirty_minutes(settings):
    assert settings.HABAR_VIEW_DEDUP_SECONDS == 30 * 60


def test_same_visitor_on_another_article_counts(reader, beacon, tree):
    other = ArticlePageFactory(parent=tree.section())
    reader.post(beacon)

    assert reader.post(reverse("stats:beacon", args=[other.pk])).json() == {"views": 1}


def test_different_user_agent_counts(reader, beacon):
    reader.post(beacon)
    firefox = Client(
        headers={
            "User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
        }
    )

    assert firefox.post(beacon).json() == {"views": 2}


def test_different_address_counts(reader, beacon):
    reader.post(beacon)

    assert reader.post(beacon, REMOTE_ADDR="203.0.113.9").json() == {"views": 2}


def test_forwarded_for_is_ignored_unless_trusted(reader, beacon):
    reader.post(beacon, HTTP_X_FORWARDED_FOR="203.0.113.1")

    assert reader.post(beacon, HTTP_X_FORWARDED_FOR="203.0.113.2").json() == {"views": 1}


def test_forwarded_for_tells_visitors_apart_when_trusted(reader, beacon, settings):
    settings.HABAR_TRUST_X_FORWARDED_FOR = True
    reader.post(beacon, HTTP_X_FORWARDED_FOR="203.0.113.1, 10.0.0.1")

    assert reader.post(beacon, HTTP_X_FORWARDED_FOR="203.0.113.2, 10.0.0.1").json() == {"views": 2}


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "curl/8.5.0",
        "",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "HeadlessChrome/126.0.0.0 Safari/537.36",
        "python-requests/2.32.3",
        "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "TelegramBot (like TwitterBot)",
    ],
)
def test_bots_are_not_counted(beacon, article, user_agent):
    PageViewTotalFactory(page=article, views=7)
    robot = Client(headers={"User-Agent": user_agent})

    assert robot.post(beacon).json() == {"views": 7}
    assert views(article) == 7


def test_missing_user_agent_is_not_counted(beacon, article):
    assert Client().post(beacon).json() == {"views": 0}


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("Sec-Purpose", "prefetch"),
        ("Sec-Purpose", "prefetch;prerender"),
        ("Purpose", "prefetch"),
        ("X-Moz", "prefetch"),
    ],
)
def test_prefetch_is_not_counted(reader, beacon, article, header, value):
    reader.post(beacon, headers={header: value})

    assert views(article) == 0


def test_editor_with_admin_access_is_not_counted(reader, beacon, article):
    reader.force_login(EditorFactory())

    reader.post(beacon)

    assert views(article) == 0


def test_signed_in_reader_without_admin_access_counts(reader, beacon, article):
    reader.force_login(UserFactory())

    reader.post(beacon)

    assert views(article) == 1


def test_cross_site_request_is_not_counted(reader, beacon, article):
    reader.post(beacon, headers={"Sec-Fetch-Site": "cross-site"})

    assert views(article) == 0


def test_same_origin_request_counts(reader, beacon, article):
    reader.post(beacon, headers={"Sec-Fetch-Site": "same-origin"})

    assert views(article) == 1


def test_works_without_a_csrf_token(beacon):
    strict = Client(enforce_csrf_checks=True, headers={"User-Agent": BROWSER_USER_AGENT})

    assert strict.post(beacon).json() == {"views": 1}


def test_is_never_cached(reader, beacon):
    assert "no-store" in reader.post(beacon)["Cache-Control"]


def test_get_is_not_allowed(reader, beacon, article):
    response = reader.get(beacon)

    assert response.status_code == 405
    assert views(article) == 0


def test_head_is_not_allowed(reader, beacon):
    assert reader.head(beacon).status_code == 405


def test_draft_article_is_not_found(reader, tree):
    draft = ArticlePageFactory(parent=tree.section(), live=False)

    response = reader.post(reverse("stats:beacon", args=[draft.pk]))

    assert response.status_code == 404
    assert not PageViewTotal.objects.filter(page=draft).exists()


@pytest.mark.parametrize("page", ["home", "section"])
def test_page_that_is_not_an_article_is_not_found(reader, tree, page):
    target = tree.homes["en"] if page == "home" else tree.section()

    response = reader.post(reverse("stats:beacon", args=[target.pk]))

    assert response.status_code == 404
    assert not PageViewTotal.objects.filter(page=target).exists()


def test_unknown_page_is_not_found(reader, db):
    assert reader.post(reverse("stats:beacon", args=[999_999])).status_code == 404


@pytest.mark.parametrize("page_id", [2**31, 2**63, 10**30])
def test_page_id_beyond_the_database_integer_is_not_found(reader, db, page_id):
    assert reader.post(reverse("stats:beacon", args=[page_id])).status_code == 404
    assert reader.get(reverse("stats:pixel", args=[page_id])).status_code == 404


def test_private_article_is_not_found(reader, article, beacon):
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    assert reader.post(beacon).status_code == 404


def test_writes_the_day_along_with_the_total(reader, beacon, article):
    reader.post(beacon)

    day = PageViewDay.objects.get(page=article)
    assert (day.day, day.views) == (timezone.localdate(), 1)


def test_pixel_is_a_gif(reader, pixel):
    response = reader.get(pixel)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert response.content.startswith(b"GIF89a")


def test_pixel_counts(reader, pixel, article):
    reader.get(pixel)

    assert views(article) == 1


def test_pixel_and_beacon_count_one_visitor_once(reader, pixel, beacon, article):
    reader.get(pixel)

    assert reader.post(beacon).json() == {"views": 1}


def test_pixel_head_is_not_counted(reader, pixel, article):
    response = reader.head(pixel)

    assert response.status_code == 200
    assert views(article) == 0


def test_pixel_for_a_bot_is_served_but_not_counted(pixel, article):
    response = Client(headers={"User-Agent": "Googlebot/2.1"}).get(pixel)

    assert response["Content-Type"] == "image/gif"
    assert views(article) == 0


def test_pixel_post_is_not_allowed(reader, pixel):
    assert reader.post(pixel).status_code == 405


def test_pixel_for_a_draft_is_not_found(reader, tree):
    draft = ArticlePageFactory(parent=tree.section(), live=False)

    assert reader.get(reverse("stats:pixel", args=[draft.pk])).status_code == 404


def test_article_preview_carries_no_beacon(article, rf):
    request = rf.get("/")
    request.is_preview = True

    assert article.get_context(request)["count_views"] is False


def test_one_address_counts_a_few_views_a_day_whatever_user_agents_it_sends(settings, beacon):
    settings.HABAR_VIEWS_PER_ADDRESS = 3

    answers = [
        Client(headers={"User-Agent": f"{BROWSER_USER_AGENT} rotated/{n}"}).post(beacon).json()
        for n in range(6)
    ]

    assert [answer["views"] for answer in answers] == [1, 2, 3, 3, 3, 3]


def test_another_address_still_counts_when_one_has_reached_its_views(settings, beacon, article):
    settings.HABAR_VIEWS_PER_ADDRESS = 1
    Client(headers={"User-Agent": BROWSER_USER_AGENT}).post(beacon)

    Client(headers={"User-Agent": f"{BROWSER_USER_AGENT} 2"}).post(beacon)
    Client(headers={"User-Agent": BROWSER_USER_AGENT}, REMOTE_ADDR="192.0.2.7").post(beacon)

    assert views(article) == 2
