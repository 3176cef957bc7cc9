"""A site as plain files (`habar export-static SITE DIR`): a mirror any web server or object
store can serve, for readers on weak connections and as a fallback when Habar is down.

Pages are rendered by Habar's own views through Django's test client, with the site's host
name, and crawled from the site's home pages, feeds and sitemaps, following same-site links.
A URL ending in `/` becomes `that/path/index.html`; a listing's query (`?page=2`,
`?period=week`) becomes a file beside it (`page-2.html`, `period-week.html`) and links to
it are rewritten to match, so absolute-path links keep working when the mirror is served
at the root of a host. Absolute URLs (canonical links, feeds, sitemaps) still name the live
site. Static files and uploaded media are copied from their storages. The admin, search and
the view beacon are left out: the beacon script finds no endpoint and shows the count as
rendered.
"""

import logging
import re
import shutil
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.test import Client
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from habar.core.links import rewrite_links
from habar.sites.models import SiteSettings
from habar.sites.routing import published_homes

MARKER = ".habar-export"
EXCLUDED_PREFIXES = ("/admin/", "/views/", "/healthz", "/readyz", "/django-admin/")
# Listings take these queries; any other query string names no page of the mirror.
LISTING_QUERIES = {"page", "period"}
REDIRECTS = {301, 302, 303, 307, 308}

CSS_URL_RE = re.compile(r"""url\(\s*(['"]?)(?P<value>[^'")]+)\1\s*\)""")
SITEMAP_LOC_RE = re.compile(r"<loc>\s*([^<\s]+)\s*</loc>")
SAFE_QUERY_RE = re.compile(r"[^A-Za-z0-9_.-]+")


class ExportError(Exception):
    """The export cannot start or cannot go on; the message says why."""


@dataclass
class ExportReport:
    files: int = 0
    bytes: int = 0
    urls: int = 0
    seconds: float = 0.0
    truncated: bool = False
    broken: list = field(default_factory=list)  # (url, status) of same-site links that failed


def mirror_path(path, query=""):
    """The mirror's URL path for a site URL path and query, or None if it has no file."""
    if not path.startswith("/") or any(seg in (".", "..") for seg in unquote(path).split("/")):
        return None
    pairs = [(k, v) for k, v in parse_qsl(query) if not (k == "page" and v == "1")]
    if not pairs:
        return path
    if not path.endswith("/") or any(k not in LISTING_QUERIES for k, _v in pairs):
        return None
    name = "-".join(SAFE_QUERY_RE.sub("_", f"{k}-{v}") for k, v in sorted(pairs))
    return f"{path}{name}.html"


def file_for(mirror_url_path):
    """The file, relative to the mirror's root, that serves a mirror URL path."""
    relative = unquote(mirror_url_path).lstrip("/")
    return relative + "index.html" if relative.endswith("/") or not relative else relative


class StaticExporter:
    def __init__(self, site, directory, max_urls=100_000, log=None):
        self.site = site
        self.root = Path(directory).resolve()
        self.max_urls = max_urls
        self.log = log or (lambda message: None)
        split = urlsplit(site.root_url)
        self.scheme, self.netloc = split.scheme, split.netloc.lower()
        self.host_names = {self.netloc}
        if split.port is None:
            self.host_names.add(split.hostname.lower())
        self.client = Client(raise_request_exception=False, HTTP_HOST=self.netloc)
        # Behind a TLS-terminating proxy production redirects plain requests to https.
        self.secure = self.scheme == "https" or getattr(settings, "SECURE_SSL_REDIRECT", False)
        self.queue = deque()
        self.seen = set()
        self.report = ExportReport()

    # -- the crawl ------------------------------------------------------------------------

    def run(self):
        started = time.monotonic()
        # Links to missing pages are reported at the end, not logged one by one.
        request_log = logging.getLogger("django.request")
        level = request_log.level
        request_log.setLevel(logging.ERROR)
        try:
            return self.crawl(started)
        finally:
            request_log.setLevel(level)

    def crawl(self, started):
        self.prepare_directory()
        homes = published_homes(self.site)
        if not homes:
            raise ExportError(
                _("The site %(site)s has no live home page to export.") % {"site": self.netloc}
            )
        for home in homes.values():
            self.enqueue(home.get_url_parts()[2])
        for language in homes:
            self.enqueue(f"/{language}/feed/rss/")
            self.enqueue(f"/{language}/feed/atom/")
        for path in ("/sitemap.xml", "/robots.txt"):
            self.enqueue(path)
        default = SiteSettings.for_site(self.site).default_language
        default = default if default in homes else next(iter(homes))
        self.write_language_chooser(homes, default)
        self.write_not_found_page(default)

        while self.queue:
            if self.report.urls >= self.max_urls:
                self.report.truncated = True
                break
            self.export_url(*self.queue.popleft())
        self.report.seconds = time.monotonic() - started
        return self.report

    def prepare_directory(self):
        if self.root.exists():
            if not self.root.is_dir():
                raise ExportError(
                    _("%(path)s exists and is not a directory.") % {"path": self.root}
                )
            children = list(self.root.iterdir())
            if children and not (self.root / MARKER).exists():
                raise ExportError(
                    _(
                        "%(path)s is not empty and holds no earlier export: "
                        "choose an empty or new directory."
                    )
                    % {"path": self.root}
                )
            # An earlier export: replace it whole, so pages taken down disappear too.
            for child in children:
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / MARKER).write_text(f"{self.site.root_url}\n")

    def same_site(self, url, base):
        """(path, query) of a URL that belongs to this site, resolved against `base`."""
        if not url or url.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
            return None
        split = urlsplit(urljoin(base, url))
        if split.scheme not in ("http", "https") or split.netloc.lower() not in self.host_names:
            return None
        return split.path or "/", split.query

    def enqueue(self, path, query=""):
        if path.startswith(EXCLUDED_PREFIXES) or mirror_path(path, query) is None:
            return
        key = mirror_path(path, query)
        if key not in self.seen:
            self.seen.add(key)
            self.queue.append((path, query))

    def export_url(self, path, query):
        self.report.urls += 1
        if self.is_under(path, settings.STATIC_URL):
            return self.copy_asset(path, staticfiles_storage, settings.STATIC_URL)
        if self.is_under(path, settings.MEDIA_URL):
            return self.copy_asset(path, default_storage, settings.MEDIA_URL)
        url = f"{path}?{query}" if query else path
        response = self.client.get(url, secure=self.secure)
        self.client.cookies.clear()  # every request as a first-time anonymous reader
        if response.status_code in REDIRECTS:
            target = self.same_site(response["Location"], self.absolute(url))
            if target:
                self.enqueue(*target)
                if path.endswith("/") and not query:
                    self.write_redirect(path, mirror_path(*target))
            return None
        if response.status_code != 200:
            self.report.broken.append((url, response.status_code))
            return None
        content = b"".join(response.streaming_content) if response.streaming else response.content
        content_type = response.get("Content-Type", "")
        if content_type.startswith("text/html"):
            content = self.rewrite_html(content.decode(response.charset or "utf-8"), url)
            content = content.encode("utf-8")
        elif content_type.startswith("text/css"):
            self.follow_css(content.decode("utf-8", "replace"), url)
        elif "xml" in content_type and path.startswith("/sitemap"):
            for loc in SITEMAP_LOC_RE.findall(content.decode("utf-8", "replace")):
                target = self.same_site(loc, self.absolute(url))
                if target:
                    self.enqueue(*target)
        self.write(mirror_path(path, query), content)
        return None

    @staticmethod
    def is_under(path, prefix):
        return bool(prefix) and prefix.startswith("/") and path.startswith(prefix)

    def absolute(self, url):
        return f"{self.scheme}://{self.netloc}{url}"

    def copy_asset(self, path, storage, prefix):
        name = unquote(path[len(prefix) :])
        try:
            with storage.open(name) as source:
                content = source.read()
        except (OSError, ValueError):
            found = finders.find(name) if storage is staticfiles_storage else None
            if not found:
                self.report.broken.append((path, 404))
                return
            content = Path(found).read_bytes()
        if name.endswith(".css"):
            self.follow_css(content.decode("utf-8", "replace"), path)
        self.write(path, content)

    # -- links ----------------------------------------------------------------------------

    def mirrored(self, value, page_url):
        """The mirror's link for an attribute value, queueing what it points at."""
        if "://" in value or value.startswith("//"):
            # Absolute URLs (canonical, alternates, social cards) keep naming the live site.
            target = self.same_site(value, self.absolute(page_url))
            if target and not urlsplit(value).query:
                self.enqueue(*target)
            return value
        target = self.same_site(value, self.absolute(page_url))
        if target is None or target[0].startswith(EXCLUDED_PREFIXES):
            return value
        local = mirror_path(*target)
        if local is None:
            return value
        self.enqueue(*target)
        fragment = urlsplit(value).fragment
        return quote(unquote(local), safe="/-_.~") + (f"#{fragment}" if fragment else "")

    def rewrite_html(self, html, page_url):
        return rewrite_links(html, lambda url: self.mirrored(url, page_url))

    def follow_css(self, css, css_url):
        for match in CSS_URL_RE.finditer(css):
            target = self.same_site(match["value"], self.absolute(css_url))
            if target:
                self.enqueue(*target)

    # -- files ----------------------------------------------------------------------------

    def write(self, mirror_url_path, content):
        target = (self.root / file_for(mirror_url_path)).resolve()
        if self.root not in target.parents:
            self.report.broken.append((mirror_url_path, _("outside the export directory")))
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        self.report.files += 1
        self.report.bytes += len(content)

    def write_redirect(self, path, target):
        html = format_html(
            '<!DOCTYPE html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url={}">'
            '<link rel="canonical" href="{}"><a href="{}">{}</a>\n',
            target,
            target,
            target,
            target,
        )
        self.write(path, html.encode("utf-8"))

    def write_language_chooser(self, homes, default):
        """`/`: Habar picks the reader's language; a plain file server can only send them on."""
        default_path = homes[default].get_url_parts()[2]
        links = format_html_join(
            "\n",
            '<li><a href="{}" lang="{}" hreflang="{}">{}</a></li>',
            (
                (home.get_url_parts()[2], code, code, get_language_info(code)["name_local"])
                for code, home in homes.items()
            ),
        )
        html = format_html(
            '<!DOCTYPE html>\n<html lang="{}"><head><meta charset="utf-8">'
            '<meta http-equiv="refresh" content="0; url={}"><title>{}</title></head>\n'
            "<body><ul>\n{}\n</ul></body></html>\n",
            default,
            default_path,
            homes[default].title,
            links,
        )
        self.write("/", html.encode("utf-8"))

    def write_not_found_page(self, language):
        # Static hosts (and nginx's error_page) serve /404.html for paths the mirror lacks.
        response = self.client.get(f"/{language}/{MARKER[1:]}-missing/", secure=self.secure)
        self.client.cookies.clear()
        if response.status_code == 404 and response.get("Content-Type", "").startswith("text/html"):
            html = self.rewrite_html(response.content.decode(response.charset or "utf-8"), "/")
            self.write("/404.html", html.encode("utf-8"))
