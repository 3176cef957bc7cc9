"""Follow every old address of a site's imported items on the running site."""

import http.client
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.utils.translation import gettext as _

from .models import ImportedItem
from .records import old_path

MAX_HOPS = 10
TIMEOUT = 15


@dataclass
class Check:
    old_path: str
    expected: str
    status: int | None = None
    final: str = ""
    problem: str = ""


def addresses(site):
    for item in ImportedItem.objects.filter(site=site).select_related("page").order_by("pk"):
        expected = old_path(item.page.get_url() or "")
        for path in item.old_paths:
            yield path, expected


def follow(base_url, host, path):
    """(status, final path) of GET `path`, following redirects, sent to `base_url` with
    the site's own Host header so the right site answers whatever address it listens on."""
    base = urlsplit(base_url)
    current = path
    for _hop in range(MAX_HOPS):
        connection_class = (
            http.client.HTTPSConnection if base.scheme == "https" else http.client.HTTPConnection
        )
        connection = connection_class(base.hostname, base.port, timeout=TIMEOUT)
        try:
            connection.request(
                "GET", current, headers={"Host": host, "User-Agent": "Habar redirect check"}
            )
            response = connection.getresponse()
            response.read()
        finally:
            connection.close()
        if response.status in (301, 302, 303, 307, 308) and response.getheader("Location"):
            location = urlsplit(urljoin(current, response.getheader("Location")))
            if location.netloc:
                host = location.netloc
            current = location.path + (f"?{location.query}" if location.query else "")
            continue
        return response.status, current
    return None, current


def check_redirects(site, base_url):
    port = urlsplit(base_url).port
    host = site.hostname if port in (None, 80, 443) else f"{site.hostname}:{port}"
    for path, expected in addresses(site):
        check = Check(old_path=path, expected=expected)
        try:
            check.status, check.final = follow(base_url, host, path)
        except (OSError, http.client.HTTPException) as exc:
            check.problem = _("request failed: %(error)s") % {"error": exc}
            yield check
            continue
        if check.status is None:
            check.problem = _("too many redirects")
        elif check.status != 200:
            check.problem = _("ended at HTTP %(status)d") % {"status": check.status}
        elif old_path(check.final) != expected:
            check.problem = _("ended at %(final)s instead of %(expected)s") % {
                "final": check.final,
                "expected": expected,
            }
        yield check
