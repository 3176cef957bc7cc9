"""Hostile input: every request gets a clear 4xx or a normal page, never a 500, a
traceback, a debug page, a reflected payload or a leaked setting; the server keeps
answering.

The corpus (hostile.py) runs through the test client; what the test client cannot send
(bytes no HTTP library would put on the wire) goes to a real server over a raw socket;
hypothesis wanders through the URL space of every public route.
"""

import socket
from urllib.parse import quote, quote_from_bytes, urlencode

import pytest
from django.conf import settings
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from habar.news.tests.factories import ArticlePageFactory

from . import hostile
from .hostile import SCRIPT

DEBUG_PAGE = "You're seeing this error because you have DEBUG = True"


@pytest.fixture
def site(tree):
    """The tree, and one tagged article so that tag, archive and search routes find news."""
    article = ArticlePageFactory(parent=tree.section("politics"), title="Neutrality news")
    article.tags.add("neutrality")
    article.save_revision().publish()
    return tree


@pytest.fixture
def client():
    # A 500 comes back as a response, so that one failing request does not hide the rest.
    return Client(raise_request_exception=False)


def body_text(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", "replace")


def problems(request, response):
    """What is wrong with the answer to `request`: an empty list when nothing is."""
    found = []
    if response.status_code >= 500:
        found.append(f"HTTP {response.status_code} {getattr(response, 'exc_info', None)}")
    body = body_text(response)
    if "Traceback" in body:
        found.append("a traceback")
    if DEBUG_PAGE in body:
        found.append("the debug page")
    if settings.SECRET_KEY in body or ("SECRET_KEY" in body and "SECRET_KEY" not in request.url):
        found.append("the secret key")
    if SCRIPT in body:
        found.append("the script payload, unescaped")
    return found


def send(client, request):
    return client.generic(
        request.method,
        request.path,
        data=request.body,
        content_type=request.headers.get("Content-Type", "application/octet-stream"),
        headers={k: v for k, v in request.headers.items() if k != "Content-Type"},
        QUERY_STRING=request.query,
    )


def test_the_corpus_is_large():
    assert hostile.SIZE >= 300


@pytest.mark.both_engines
@pytest.mark.parametrize("group", hostile.GROUPS)
def test_hostile_requests_get_a_clear_answer(site, client, group):
    failures = []
    for request in hostile.GROUPS[group]:
        response = send(client, request)
        if found := problems(request, response):
            failures.append(f"{request}: {', '.join(found)}")
    assert not failures, f"{len(failures)} bad answers:\n" + "\n".join(failures)


def test_a_spoofed_host_is_refused(site, client):
    assert client.get("/en/", headers={"Host": "evil.com\r\nX-Injected: 1"}).status_code == 400


def test_the_beacon_refuses_other_methods(site, client):
    assert client.generic("PROPFIND", "/views/1/").status_code == 405


# Against a real server: bytes the test client cannot put on the wire.


def wire(line, *headers, host=b"Host: {host}", body=b""):
    """A request as bytes: the request line, Host (unless replaced or None), `headers`."""
    lines = [line, *([host] if host else []), *headers, b"Connection: close"]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


GET = b"GET /en/ HTTP/1.1"
BEACON = b"POST /views/1/ HTTP/1.1"
RAW_REQUESTS = {
    "cr in host": wire(GET, host=b"Host: 127.0.0.1\rX-Injected: 1"),
    "lf in host": wire(GET, host=b"Host: evil.com\nX-Injected: 1"),
    "crlf in host, folded": wire(GET, host=b"Host: evil.com\r\n X-Injected: 1"),
    "nul in host": wire(GET, host=b"Host: 127.0.0.1\x00evil.com"),
    "two hosts": wire(GET, b"Host: evil.com"),
    "spoofed host": wire(GET, host=b"Host: evil.com"),
    "no host": wire(GET, host=None),
    "invalid utf-8 in path": wire(b"GET /en/\xff\xfe/ HTTP/1.1"),
    "overlong utf-8 in path": wire(b"GET /en/..\xc0\xaf..\xc0\xafetc/passwd HTTP/1.1"),
    "invalid utf-8 in query": wire(b"GET /en/search/?q=\xff\xfe&page=\xc3\x28 HTTP/1.1"),
    "invalid utf-8 in tag": wire(b"GET /en/tags/\xed\xa0\x80/ HTTP/1.1"),
    "nul in path": wire(b"GET /en/\x00/ HTTP/1.1"),
    "space in path": wire(b"GET /en/ politics/ HTTP/1.1"),
    "invalid utf-8 in header": wire(GET, b"Accept-Language: \xff\xfe"),
    "invalid utf-8 in cookie": wire(GET, b"Cookie: sessionid=\xff"),
    "huge header": wire(GET, b"X-Junk: " + b"a" * 100_000),
    "many headers": wire(GET, *[b"X-Junk: a"] * 2_000),
    "huge request line": wire(b"GET /en/" + b"a" * 100_000 + b"/ HTTP/1.1"),
    "garbage": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64 + b"\r\n\r\n",
    "unknown version": wire(b"GET /en/ HTTP/9.9"),
    "no version": wire(b"GET /en/"),
    "lowercase method": wire(b"get /en/ HTTP/1.1"),
    "negative length": wire(BEACON, b"Content-Length: -1"),
    "bad length": wire(BEACON, b"Content-Length: abc"),
    "length and chunked": wire(
        BEACON, b"Content-Length: 4", b"Transfer-Encoding: chunked", body=b"zz\r\nxx\r\n0\r\n\r\n"
    ),
    "bad chunk": wire(
        BEACON, b"Transfer-Encoding: chunked", body=b"fffffffffffffffffffff\r\nx\r\n0\r\n\r\n"
    ),
    "trace": wire(b"TRACE /en/ HTTP/1.1", b"Cookie: sessionid=secret"),
}
RAW_TIMEOUT = 15


def raw_exchange(port, request):
    """Send `request` as is: (status, bytes received), or (None, b"") if the server closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=RAW_TIMEOUT) as sock:
        try:
            sock.sendall(request)
            received = b""
            while b"\r\n" not in received and len(received) < 65_536:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                received += chunk
        except (ConnectionResetError, BrokenPipeError):
            return None, b""
    if not received:
        return None, b""
    status_line = received.split(b"\r\n", 1)[0]
    return int(status_line.split()[1]), received


def healthz(port):
    with socket.create_connection(("127.0.0.1", port), timeout=RAW_TIMEOUT) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return sock.recv(4096).split(b"\r\n", 1)[0]


@pytest.mark.server
@pytest.mark.parametrize("name", RAW_REQUESTS)
def test_raw_hostile_requests_get_a_4xx_or_a_closed_connection(live_habar, name):
    port = live_habar.port
    request = RAW_REQUESTS[name].replace(b"{host}", f"127.0.0.1:{port}".encode())

    status, received = raw_exchange(port, request)

    assert status is None or status < 500, received[:2000]
    assert b"Traceback" not in received
    assert b"secret" not in received  # TRACE must not echo the cookie back
    assert healthz(port) == b"HTTP/1.1 200 OK"


# Property-based: the URL space of every public route.

PROPERTY_SETTINGS = hypothesis_settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
text = st.text(st.characters(codec="utf-8"), max_size=40)
segments = st.one_of(
    text.map(lambda value: quote(value, safe="")),
    st.binary(max_size=20).map(lambda value: quote_from_bytes(value, safe="")),
    st.integers().map(str),
    st.sampled_from(["..", ".", "%2e%2e", "%00", "feed", "news", "tags", "politics"]),
)
page_numbers = st.one_of(
    st.integers().map(str),
    st.floats().map(str),
    text,
    st.sampled_from(["0", "-1", "1e9", "²", "١", ""]),
)
languages = st.sampled_from(["en", "ru", "tk", "de", "xx", "EN", "en-us"])
PUBLIC_ROUTES = [
    "/",
    "/en/",
    "/en/politics/",
    "/en/news/",
    "/en/news/2024/",
    "/en/news/2024/1/",
    "/en/tags/neutrality/",
    "/en/most-read/",
    "/en/search/",
    "/en/feed/rss/",
    "/en/politics/feed/atom/",
    "/sitemap.xml",
    "/sitemap-en.xml",
    "/robots.txt",
    "/views/1/pixel.gif",
    "/healthz",
]


def assert_answers(client, path, query=""):
    response = client.get(path, QUERY_STRING=query)
    assert response.status_code < 500, (path, query)
    assert SCRIPT not in body_text(response)


@pytest.mark.both_engines
@PROPERTY_SETTINGS
@given(language=languages, parts=st.lists(segments, min_size=1, max_size=4))
def test_any_page_path(site, client, language, parts):
    assert_answers(client, f"/{language}/{'/'.join(parts)}/")


@pytest.mark.both_engines
@PROPERTY_SETTINGS
@given(slug=segments, page=page_numbers)
def test_any_tag(site, client, slug, page):
    assert_answers(client, f"/en/tags/{slug}/", urlencode({"page": page}))


@pytest.mark.both_engines
@PROPERTY_SETTINGS
@given(year=segments, month=segments)
def test_any_archive_month(site, client, year, month):
    assert_answers(client, f"/en/news/{year}/{month}/")


@pytest.mark.both_engines
@PROPERTY_SETTINGS
@given(year=st.integers(), month=st.integers())
def test_any_archive_number(site, client, year, month):
    assert_answers(client, f"/en/news/{year}/{month}/")
    assert_answers(client, f"/en/news/{year}/")


@pytest.mark.both_engines
@PROPERTY_SETTINGS
@given(section=segments, feed=st.sampled_from(["rss", "atom"]))
def test_any_feed_and_sitemap(site, client, section, feed):
    assert_answers(client, f"/en/{section}/feed/{feed}/")
    assert_answers(client, f"/sitemap-{section}.xml")


@pytest.mark.both_engines
@PROPERTY_SETTINGS
@given(q=text, section=text, start=text, end=text, page=page_numbers, language=languages)
def test_any_search(site, client, q, section, start, end, page, language):
    query = urlencode({"q": q, "section": section, "from": start, "to": end, "page": page})
    assert_answers(client, f"/{language}/search/", query)


@pytest.mark.both_engines
@PROPERTY_SETTINGS
@given(
    q=st.sampled_from(["news", "neutrality", "politics news"]),
    start=st.dates().map(lambda day: day.strftime("%d.%m.%Y")),
    end=st.dates().map(str),
    page=page_numbers,
)
def test_any_search_dates(site, client, q, start, end, page):
    query = urlencode({"q": q, "from": start, "to": end, "page": page})
    assert_answers(client, "/en/search/", query)


@pytest.mark.both_engines
@PROPERTY_SETTINGS
@given(period=text, page=page_numbers)
def test_any_most_read(site, client, period, page):
    assert_answers(client, "/en/most-read/", urlencode({"period": period, "page": page}))


@pytest.mark.both_engines
@PROPERTY_SETTINGS
@given(route=st.sampled_from(PUBLIC_ROUTES), pairs=st.lists(st.tuples(text, text), max_size=5))
def test_any_query_on_any_route(site, client, route, pairs):
    assert_answers(client, route, urlencode(pairs))


@pytest.mark.both_engines
@PROPERTY_SETTINGS
@given(route=st.sampled_from(PUBLIC_ROUTES), raw=st.binary(max_size=60))
def test_any_raw_query_on_any_route(site, client, route, raw):
    # As a WSGI server hands it over: the bytes of the query string, as Latin-1.
    assert_answers(client, route, raw.decode("latin-1"))


@pytest.mark.both_engines
@PROPERTY_SETTINGS
@given(page_id=st.one_of(st.integers(), segments), method=st.sampled_from(["GET", "POST"]))
def test_any_view_beacon(site, client, page_id, method):
    for path in (f"/views/{page_id}/", f"/views/{page_id}/pixel.gif"):
        assert client.generic(method, path).status_code < 500, (method, path)
