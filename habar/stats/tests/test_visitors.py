import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from habar.stats import visitors

BROWSERS = [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 YaBrowser/24.6.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
    # CUBOT is a make of phones, not a robot.
    "Mozilla/5.0 (Linux; Android 11; CUBOT X50) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.6099.144 Mobile Safari/537.36",
]
BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-httpx/0.27.0",
    "Go-http-client/1.1",
    "HeadlessChrome/126.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/112.0.0.0 Safari/537.36 Lighthouse",
    "WhatsApp/2.23.20.0",
    # A robot on a CUBOT phone's browser is still a robot.
    "Mozilla/5.0 (Linux; Android 11; CUBOT X50) AppleWebKit/537.36 Twitterbot/1.0",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
]


@pytest.mark.parametrize("user_agent", BROWSERS)
def test_browsers_are_not_bots(user_agent):
    assert not visitors.is_bot(user_agent)


@pytest.mark.parametrize("user_agent", BOTS)
def test_bots_are_bots(user_agent):
    assert visitors.is_bot(user_agent)


def test_empty_user_agent_is_a_bot():
    assert visitors.is_bot("")


def test_plain_request_is_not_a_prefetch(rf):
    assert not visitors.is_prefetch(rf.get("/"))


def test_link_preview_is_a_prefetch(rf):
    assert visitors.is_prefetch(rf.get("/", headers={"Purpose": "preview"}))


def test_anonymous_visitor_is_not_an_editor(rf):
    request = rf.get("/")
    request.user = AnonymousUser()

    assert not visitors.is_editor(request)


def test_client_address_is_remote_addr(rf):
    assert visitors.client_address(rf.get("/", REMOTE_ADDR="198.51.100.7")) == "198.51.100.7"


def test_daily_salt_is_stable_within_a_day():
    day = datetime.date(2025, 5, 1)

    assert visitors.daily_salt(day) == visitors.daily_salt(day)


def test_daily_salt_changes_with_the_day():
    assert visitors.daily_salt(datetime.date(2025, 5, 1)) != visitors.daily_salt(
        datetime.date(2025, 5, 2)
    )


def test_visitor_hash_holds_no_address_or_user_agent(rf):
    request = rf.get("/", REMOTE_ADDR="198.51.100.7", headers={"User-Agent": "Firefox"})

    digest = visitors.visitor_hash(request, datetime.date(2025, 5, 1))

    assert "198.51.100.7" not in digest
    assert len(digest) == 64


def test_visitor_hash_differs_between_days(rf):
    request = rf.get("/", headers={"User-Agent": "Firefox"})

    assert visitors.visitor_hash(request, datetime.date(2025, 5, 1)) != visitors.visitor_hash(
        request, datetime.date(2025, 5, 2)
    )


def test_first_view_in_window_only_once(rf):
    request = rf.get("/", headers={"User-Agent": "Firefox"})

    assert visitors.first_view_in_window(request, 1) is True
    assert visitors.first_view_in_window(request, 1) is False


def test_header_checks_take_a_wsgi_environ_too():
    environ = {"HTTP_USER_AGENT": BROWSERS[0], "HTTP_SEC_PURPOSE": "prefetch"}

    assert visitors.is_prefetch(environ)
    assert not visitors.is_reader(environ)
    assert visitors.is_reader({"HTTP_USER_AGENT": BROWSERS[0]})
