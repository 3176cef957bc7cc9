"""The beacon's WSGI front: readers' beacons counted before Django, exactly as Django would."""

import io
import zoneinfo
from datetime import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from habar.conftest import BROWSER_USER_AGENT
from habar.core.tests.factories import EditorFactory
from habar.news.tests.factories import ArticlePageFactory
from habar.news.tests.test_reading_path import Inner  # Django, counting the requests it gets
from habar.stats import buffer
from habar.stats.front import BeaconFront
from habar.stats.models import PageViewDay, PageViewTotal

pytestmark = pytest.mark.both_engines


def call(
    front, path, method="POST", user_agent=BROWSER_USER_AGENT, address="198.51.100.7", **headers
):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "REMOTE_ADDR": address,
        "HTTP_HOST": "testserver",
        "HTTP_USER_AGENT": user_agent,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": io.StringIO(),
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"] = int(status.split()[0])
        answer["headers"] = dict(response_headers)

    answer["body"] = b"".join(front(environ, start_response))
    return answer


def beacon(page):
    return f"/views/{page.pk}/"


def reader(number):
    return f"{BROWSER_USER_AGENT} reader/{number}"


@pytest.fixture
def article(tree):
    return ArticlePageFactory(parent=tree.section())


@pytest.fixture
def front(buffered, tree):
    """A front that has seen Django answer one beacon (and so knows its headers)."""
    front = BeaconFront(Inner())
    first = ArticlePageFactory(parent=tree.section("economy"))
    assert call(front, beacon(first))["status"] == 200
    front.application.calls = 0
    return front


def views_of(front, page, user_agent="Googlebot/2.1"):
    """The count a page shows, asked by a visitor who is not counted."""
    return call(front, beacon(page), user_agent=user_agent)


def stored(page):
    return PageViewTotal.count_for(page.pk)


def test_the_first_beacon_goes_to_django_and_teaches_the_front_its_headers(buffered, article):
    front = BeaconFront(Inner())

    first = call(front, beacon(article), user_agent=reader(1))
    with CaptureQueriesContext(connection) as queries:
        second = call(front, beacon(article), user_agent=reader(2))

    assert front.application.calls == 1
    assert len(queries) == 0
    assert (first["body"], second["body"]) == (b'{"views": 1}', b'{"views": 2}')
    for name in (
        "Content-Type",
        "Cache-Control",
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
        "Referrer-Policy",
        "Permissions-Policy",
    ):
        assert second["headers"][name] == first["headers"][name], name
    assert "no-store" in second["headers"]["Cache-Control"]
    assert second["headers"]["Content-Length"] == "12"
    assert second["headers"]["X-Request-ID"] != first["headers"]["X-Request-ID"]


def test_counts_each_new_reader_once_and_answers_the_running_total(front, article):
    answers = [
        call(front, beacon(article), user_agent=reader(n), address=f"198.51.100.{n + 1}")["body"]
        for n in range(20)
    ]

    assert answers == [b'{"views": %d}' % n for n in range(1, 21)]
    assert front.application.calls == 0
    buffer.flush()
    assert stored(article) == 20


def test_one_address_counts_a_few_views_a_day_whatever_user_agents_it_sends(
    front, article, settings
):
    settings.HABAR_VIEWS_PER_ADDRESS = 3

    answers = [call(front, beacon(article), user_agent=reader(n))["body"] for n in range(6)]

    assert answers == [b'{"views": %d}' % n for n in (1, 2, 3, 3, 3, 3)]
    assert front.application.calls == 0


def test_a_reader_counts_once_within_the_window(front, article):
    call(front, beacon(article))

    again = call(front, beacon(article))

    assert again["body"] == b'{"views": 1}'
    assert front.application.calls == 0


def test_the_pixel_and_the_front_count_one_reader_once(front, article):
    pixel = Client(headers={"User-Agent": BROWSER_USER_AGENT}, REMOTE_ADDR="198.51.100.7")
    pixel.get(f"/views/{article.pk}/pixel.gif")

    assert call(front, beacon(article))["body"] == b'{"views": 1}'


def test_the_count_starts_from_the_database(front, article):
    PageViewTotal.objects.create(page=article, views=1114)

    assert call(front, beacon(article))["body"] == b'{"views": 1115}'
    assert stored(article) == 1114


def test_a_flush_leaves_the_shown_count_as_it_was(front, article):
    for n in range(3):
        call(front, beacon(article), user_agent=reader(n))

    buffer.flush()

    assert stored(article) == 3
    assert views_of(front, article)["body"] == b'{"views": 3}'
    assert call(front, beacon(article), user_agent=reader(99))["body"] == b'{"views": 4}'


def test_the_origin_shows_its_copies_views(front, tree, article):
    copy = ArticlePageFactory(parent=tree.section("economy"), syndicated_from=article)
    call(front, beacon(copy), user_agent=reader(1))

    assert call(front, beacon(article), user_agent=reader(2))["body"] == b'{"views": 2}'
    assert call(front, beacon(copy), user_agent=reader(3))["body"] == b'{"views": 2}'


@pytest.mark.parametrize(
    "headers",
    [
        {"user_agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
        {"user_agent": ""},
        {"sec_purpose": "prefetch"},
        {"purpose": "preview"},
        {"sec_fetch_site": "cross-site"},
    ],
)
def test_bots_prefetches_and_other_sites_are_answered_but_not_counted(front, article, headers):
    PageViewTotal.objects.create(page=article, views=7)

    answer = call(front, beacon(article), **headers)

    assert answer["body"] == b'{"views": 7}'
    assert front.application.calls == 0
    buffer.flush()
    assert stored(article) == 7


def test_an_editor_goes_to_django_and_is_not_counted(front, article):
    editor = Client()
    editor.force_login(EditorFactory())
    session = editor.cookies["sessionid"].value

    answer = call(front, beacon(article), cookie=f"sessionid={session}")

    assert front.application.calls == 1
    assert answer["body"] == b'{"views": 0}'
    buffer.flush()
    assert stored(article) == 0


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "PROPFIND"])
def test_other_methods_are_left_to_django(front, article, method):
    assert call(front, beacon(article), method=method)["status"] == 405
    assert front.application.calls == 1
    buffer.flush()
    assert stored(article) == 0


def test_a_draft_is_not_found(front, tree):
    draft = ArticlePageFactory(parent=tree.section(), live=False)

    assert call(front, beacon(draft))["status"] == 404


def test_a_section_is_not_found(front, tree):
    assert call(front, beacon(tree.section()))["status"] == 404


def test_a_private_article_is_not_found(front, article):
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    assert call(front, beacon(article))["status"] == 404


def test_an_unpublished_article_is_not_found_at_once(front, article):
    assert call(front, beacon(article), user_agent=reader(1))["status"] == 200

    article.unpublish()

    assert call(front, beacon(article), user_agent=reader(2))["status"] == 404
    buffer.flush()
    assert stored(article) == 1


def test_an_article_published_after_a_404_counts_at_once(front, tree):
    draft = ArticlePageFactory(parent=tree.section(), live=False)
    assert call(front, beacon(draft))["status"] == 404

    draft.save_revision().publish()

    assert call(front, beacon(draft))["body"] == b'{"views": 1}'


@pytest.mark.parametrize(
    "path",
    [
        "/views/999999/",
        "/views/0/",
        f"/views/{2**31}/",
        f"/views/{10**30}/",
    ],
)
def test_ids_of_no_article_are_not_found(front, path):
    assert call(front, path)["status"] == 404


@pytest.mark.parametrize(
    "path",
    [
        "/views/-1/",
        f"/views/{'9' * 5_000}/",  # more digits than Python reads as a number
        "/views/abc/",
        "/views/1.5/",
        "/views/\xd9\xa1\xd9\xa2/",  # Arabic-Indic digits, as a WSGI server hands them over
        "/views/1\x00/",
        "/views/",
        "/views//",
        "/views/1",
    ],
)
def test_other_paths_are_left_to_django(front, path):
    # Django answers 404, or redirects to the path under a language prefix: never a count.
    answer = call(front, path)

    assert answer["status"] in (301, 302, 404), answer["status"]
    assert front.application.calls == 1


def test_a_disallowed_host_is_left_to_django(front, article, settings):
    settings.ALLOWED_HOSTS = ["testserver"]

    assert call(front, beacon(article), host="evil.example")["status"] == 400
    assert front.application.calls == 1


def test_without_redis_django_counts_in_the_database(front, article, settings):
    closed = "redis://127.0.0.1:1/0"
    settings.REDIS_URL = closed
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": closed},
    }

    answers = [call(front, beacon(article), user_agent=reader(n)) for n in range(2)]

    assert [answer["body"] for answer in answers] == [b'{"views": 1}', b'{"views": 2}']
    assert front.application.calls == 2
    assert stored(article) == 2


def test_without_the_buffer_the_front_stands_aside(front, article, settings):
    settings.HABAR_VIEW_BUFFER = False

    assert call(front, beacon(article))["body"] == b'{"views": 1}'
    assert front.application.calls == 1
    assert stored(article) == 1


def test_a_view_is_dated_in_the_articles_site_time_zone(front, tree, article, settings):
    # Eleven hours behind UTC and fourteen ahead: the two dates are never the same.
    settings.TIME_ZONE = "Pacific/Pago_Pago"
    tree.settings.time_zone = "Pacific/Kiritimati"
    tree.settings.save()

    call(front, beacon(article))
    buffer.flush()

    today_there = datetime.now(zoneinfo.ZoneInfo("Pacific/Kiritimati")).date()
    assert list(PageViewDay.objects.filter(page=article).values_list("day", "views")) == [
        (today_there, 1)
    ]


def test_a_lost_answer_is_asked_again_and_counted_once(front, article, monkeypatch):
    evaluate = buffer._evaluate
    lost = []

    def lose_the_first_answer(client, script, keys, args):
        answer = evaluate(client, script, keys, args)
        if script is buffer.BEACON and not lost:
            lost.append(answer)
            raise buffer._Lost
        return answer

    monkeypatch.setattr(buffer, "_evaluate", lose_the_first_answer)

    answer = call(front, beacon(article))

    assert lost
    assert answer["body"] == b'{"views": 1}'
    buffer.flush()
    assert stored(article) == 1


def test_an_answer_lost_twice_is_not_acknowledged_nor_counted_again(front, article, monkeypatch):
    call(front, beacon(article), user_agent=reader(0))  # the running total exists
    evaluate = buffer._evaluate

    def lose_every_answer(client, script, keys, args):
        evaluate(client, script, keys, args)
        raise buffer._Lost

    monkeypatch.setattr(buffer, "_evaluate", lose_every_answer)

    answer = call(front, beacon(article))

    assert answer["status"] == 503
    assert front.application.calls == 0
    monkeypatch.undo()
    buffer.flush()
    assert stored(article) == 2  # counted once by Redis, never by the database too


def test_each_answer_is_logged_as_the_request_log_does(front, article, caplog):
    with caplog.at_level("INFO", logger="habar.request"):
        answer = call(front, beacon(article), x_request_id="beacon-1")

    [line] = [r for r in caplog.records if r.name.startswith("habar.request")]
    assert line.getMessage() == f"POST /views/{article.pk}/ 200"
    assert (line.request_id, line.status, line.path) == ("beacon-1", 200, beacon(article))
    assert answer["headers"]["X-Request-ID"] == "beacon-1"
