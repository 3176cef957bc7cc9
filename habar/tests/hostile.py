"""Hostile requests, as a public site gets them from the internet: the corpus for
test_hostile_input.

Paths and query strings are written as they arrive on the wire (percent-encoded where a
client would encode them); the test client decodes the path the way a WSGI server does.
Each group is a list, so a failing test names the group as well as the request.
"""

from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

SCRIPT = "<script>alert(1)</script>"


@dataclass(frozen=True)
class HostileRequest:
    path: str
    query: str = ""
    method: str = "GET"
    headers: dict = field(default_factory=dict)
    body: bytes = b""

    @property
    def url(self):
        return f"{self.path}?{self.query}" if self.query else self.path

    def __str__(self):
        shown = self.url if len(self.url) <= 120 else f"{self.url[:100]}...({len(self.url)})"
        extra = {
            name: value if len(value) <= 60 else f"...({len(value)})"
            for name, value in self.headers.items()
        }
        body = f" body={len(self.body)}B" if self.body else ""
        return f"{self.method} {shown} {extra or ''}{body}".rstrip()


def get(path, query="", **kwargs):
    return HostileRequest(path=path, query=query, **kwargs)


def query(*pairs):
    return urlencode(pairs)


# What ends up in a parameter or a path segment when someone probes for injections.
PAYLOADS = [
    SCRIPT,
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page;--",
    "1' UNION SELECT username, password FROM auth_user--",
    '") OR 1=1 --',
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "%s%s%s%n",
    'NEAR(a b) OR "unterminated * ^',
    "%_%\\",
    "\u202eevil\u200b",
    "../../../../etc/passwd",
]

# The listings that read ?page=, and the routes that read their own parameters.
LISTINGS = [
    "/en/news/",
    "/en/news/2024/1/",
    "/en/tags/neutrality/",
    "/en/politics/",
    "/en/search/",
]
PAGE_VALUES = [
    "0",
    "-1",
    "1e9",
    "99999999999999999999",
    "abc",
    "1.5",
    "²",
    "",
    "1%00",
    " 1",
    "0x10",
    "١",  # an Arabic-Indic one: isdigit() agrees, int() agrees, ASCII does not
]
SEARCH_PARAMS = ["q", "section", "from", "to", "page"]


def injections():
    """Every payload in every parameter of every route that reads one, and in path segments."""
    requests = []
    for payload in PAYLOADS:
        for name in SEARCH_PARAMS:
            requests.append(get("/en/search/", query(("q", "news"), (name, payload))))
        requests.append(get("/en/most-read/", query(("period", payload))))
        for listing in LISTINGS[:4]:
            requests.append(get(listing, query(("page", payload))))
        segment = quote(payload, safe="")
        requests += [
            get(f"/en/{segment}/"),
            get(f"/en/tags/{segment}/"),
            get(f"/en/politics/{segment}/"),
            get(f"/en/news/{segment}/"),
            get(f"/en/{segment}/feed/atom/"),
            get(f"/sitemap-{segment}.xml"),
            get(f"/{segment}/"),
        ]
    return requests


def page_numbers():
    requests = []
    for listing in LISTINGS:
        search = "q=news&" if listing == "/en/search/" else ""
        requests += [
            get(listing, f"{search}page={quote(value, safe='%')}") for value in PAGE_VALUES
        ]
        requests += [get(listing, search + "page=1&page=2"), get(listing, search + "page")]
    return requests


TRAVERSAL_SEGMENTS = [
    "../",
    "..%2f",
    "%2e%2e%2f",
    "%2e%2e/",
    "..%5c",
    "..\\",
    "..%c0%af",
    "..%c1%9c",
    "%252e%252e%252f",
    "%%32%65%%32%65/",
    "....//",
    "%2e%2e%252f",
]


def traversal():
    requests = []
    for segment in TRAVERSAL_SEGMENTS:
        climb = segment * 6
        requests += [
            get(f"/en/{climb}etc/passwd"),
            get(f"/static/{climb}habar/settings/base.py"),
            get(f"/documents/{climb}etc/passwd"),
            get(f"/media/{climb}etc/passwd"),
        ]
    requests += [
        get("/en/search/", query(("q", "../../etc/passwd"), ("section", "../../"))),
        get("/views/1/../../admin/"),
        get("/en/politics/feed/atom/..%2f..%2f..%2fsettings"),
    ]
    return requests


def nul_bytes():
    return [
        get("/en/%00/"),
        get("/en/politics%00/"),
        get("/en/tags/neutrality%00/"),
        get("/%00"),
        get("/sitemap-en%00.xml"),
        get("/views/1%00/pixel.gif"),
        get("/en/search/", "q=news%00"),
        get("/en/search/", "q=%00&section=%00&from=%00&to=%00&page=%00"),
        get("/en/search/", "q%00=news"),
        get("/en/most-read/", "period=week%00"),
        get("/en/news/", "page=1%00"),
        get("/en/", "%00=%00"),
    ]


def overlong():
    long_segment = "a" * 10_000
    return [
        get(f"/en/{long_segment}/"),
        get(f"/en/tags/{long_segment}/"),
        get(f"/en/news/{'9' * 10_000}/1/"),
        get(f"/en/news/2024/{'9' * 5_000}/"),
        get(f"/views/{'9' * 5_000}/"),
        get(f"/views/{'9' * 30}/pixel.gif"),
        get(f"/documents/{'9' * 30}/x.pdf"),
        get("/en/" + "a/" * 5_000),
        get("/en/search/", "q=" + "a" * 10_000),
        get("/en/search/", "q=" + "%e2%98%83" * 3_000),
        get("/en/search/", "&".join(f"k{n}=v" for n in range(2_000))),
        get("/en/news/", "page=" + "9" * 10_000),
        get("/en/most-read/", "period=" + "week" * 2_500),
        get("/en/", "x=" + "a" * 30_000),
    ]


def invalid_utf8():
    return [
        get("/en/%ff%fe/"),
        get("/en/tags/%ff%fe/"),
        get("/en/politics/%c3%28/"),
        get("/%ff/"),
        get("/sitemap-%ff.xml"),
        get("/en/search/", "q=%ff%fe"),
        get("/en/search/", "q=news&section=%c3%28&from=%ed%a0%80&to=%f8%88%80%80%80"),
        get("/en/search/", "%ff=%fe"),
        get("/en/most-read/", "period=%ff"),
        get("/en/news/", "page=%ff%fe"),
        get("/en/news/", "page=%ef%bc%91"),  # a full-width one
        get("/en/", headers={"Accept-Language": "\xff\xfe"}),
    ]


HOSTS = [
    "evil.com",
    "localhost:99999",
    "",
    "testserver@evil.com",
    "evil.com\r\nX-Injected: 1",
    "testserver:abc",
    "[::1",
    "x" * 300,
    "testserver, evil.com",
    "evil.com/../",
]


def hosts():
    return [
        get(path, headers={"Host": host}) for host in HOSTS for path in ("/", "/en/", "/robots.txt")
    ] + [
        get("/en/", headers={"X-Forwarded-Host": "evil.com"}),
        get("/sitemap.xml", headers={"X-Forwarded-Host": "evil.com", "X-Forwarded-Proto": "ftp"}),
    ]


ODD_METHODS = ["PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "PROPFIND", "CONNECT", "FOO"]


def methods():
    targets = ["/en/", "/en/politics/", "/en/search/", "/views/1/", "/views/1/pixel.gif"]
    return [get(path, method=method) for method in ODD_METHODS for path in targets] + [
        get("/en/", method="POST"),
        get("/en/search/", "q=news", method="POST", body=b"q=news"),
        get("/views/1/", method="GET"),
        get("/views/999999999/", method="POST"),
        get("/views/99999999999999999999999/", method="POST"),
        get("/views/-1/", method="POST"),
    ]


def huge():
    return [
        get("/en/", headers={"User-Agent": "A" * 60_000}),
        get("/en/", headers={"Referer": "http://x/" + "a" * 60_000}),
        get("/en/", headers={"Accept-Language": "en;q=0.9," * 5_000}),
        get("/", headers={"Accept-Language": "-" * 60_000}),
        get("/en/", headers={f"X-Junk-{n}": "x" * 100 for n in range(200)}),
        get("/views/1/", method="POST", body=b"x" * 5_000_000),
        get(
            "/views/1/",
            method="POST",
            body=b"a=" + b"b" * 3_000_000,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
        get(
            "/views/1/",
            method="POST",
            body=b"--x\r\n" * 100_000,
            headers={"Content-Type": "multipart/form-data; boundary=x"},
        ),
        get(
            "/en/search/",
            "q=news",
            method="POST",
            body=b"&".join(b"k%d=v" % n for n in range(20_000)),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
        get("/views/1/", method="POST", body=b"{", headers={"Content-Type": "application/json"}),
    ]


COOKIES = [
    "sessionid=garbage",
    "sessionid=" + "a" * 4_000,
    "sessionid=.eJy:bad:signature",
    "csrftoken=abc\x00def",
    "csrftoken=" + "x" * 64,
    "django_language=xx-evil",
    "django_language=../../etc/passwd",
    "django_language=" + SCRIPT,
    "django_language=en; django_language=ru",
    "=; ; ;;=x",
    "a=" + "b" * 8_000,
    '"unbalanced=quote',
]


def cookies():
    requests = []
    for cookie in COOKIES:
        requests += [
            get("/", headers={"Cookie": cookie}),
            get("/en/", headers={"Cookie": cookie}),
            get("/en/search/", "q=news", headers={"Cookie": cookie}),
        ]
    requests.append(get("/views/1/", method="POST", headers={"Cookie": "csrftoken=\x00"}))
    return requests


CONDITIONALS = [
    {"If-None-Match": "garbage"},
    {"If-None-Match": '"' * 1_000},
    {"If-None-Match": "*"},
    {"If-None-Match": 'W/"", , ,'},
    {"If-Modified-Since": "not a date"},
    {"If-Modified-Since": "Mon, 99 Foo 99999 99:99:99 GMT"},
    {"If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"},
    {"If-Unmodified-Since": "yesterday"},
    {"If-Match": "garbage"},
    {"Range": "bytes=99999999999999999999-"},
    {"Range": "bytes=-0,0-,a-b"},
]


def conditionals():
    return [
        get(path, headers=headers)
        for headers in CONDITIONALS
        for path in ("/en/", "/en/feed/rss/", "/sitemap.xml")
    ]


PROBES = [
    "/.env",
    "/.git/config",
    "/.git/HEAD",
    "/wp-login.php",
    "/wp-admin/",
    "/phpmyadmin/",
    "/server-status",
    "/admin/../.env",
    "/admin/%2e%2e/.env",
    "/.aws/credentials",
    "/config.php",
    "/xmlrpc.php",
    "/cgi-bin/../../../../bin/sh",
    "/actuator/env",
    "/.DS_Store",
    "/en/.env",
    "/static/../habar/settings/base.py",
    "/media/../var/secret_key",
    "/admin/login/?next=//evil.com",
    "/documents/1/../../.env",
    "/__debug__/",
    "/en/politics/?__debug__",
]


def probes():
    requests = []
    for probe in PROBES:
        path, _, probe_query = probe.partition("?")
        requests.append(get(path, probe_query))
    return requests


def feeds_and_maps():
    """Payloads in the parameters nobody reads: they must not change the answer's kind."""
    routes = ["/en/feed/rss/", "/en/politics/feed/atom/", "/sitemap.xml", "/sitemap-en.xml"]
    return [
        get(route, query(("page", payload), ("section", payload)))
        for route in routes
        for payload in (SCRIPT, "' OR 1=1--", "-1")
    ] + [get("/robots.txt", query(("q", SCRIPT))), get("/healthz", "x=%00"), get("/readyz", "")]


GROUPS = {
    "injections": injections(),
    "page_numbers": page_numbers(),
    "traversal": traversal(),
    "nul_bytes": nul_bytes(),
    "overlong": overlong(),
    "invalid_utf8": invalid_utf8(),
    "hosts": hosts(),
    "methods": methods(),
    "huge": huge(),
    "cookies": cookies(),
    "conditionals": conditionals(),
    "probes": probes(),
    "feeds_and_maps": feeds_and_maps(),
}
CORPUS = [request for group in GROUPS.values() for request in group]
SIZE = len(CORPUS)
