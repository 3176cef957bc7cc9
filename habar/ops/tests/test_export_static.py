import threading
import urllib.request
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from habar.cli import command_line
from habar.news.tests.factories import ArticlePageFactory, build_site_tree
from habar.ops.export import mirror_path


def build_news():
    tree = build_site_tree()
    image = get_image_model().objects.create(title="Delegation", file=get_test_image_file())
    politics = tree.section("politics")
    articles = [
        ArticlePageFactory(parent=politics, title=f"Talks in Geneva, round {n}") for n in range(21)
    ]
    lead = articles[-1]
    lead.lead_image = image
    lead.tags.add("Diplomacy")
    lead.save_revision().publish()
    ArticlePageFactory(parent=tree.section("politics", "ru"), title="Переговоры в Женеве")
    return tree, lead


@dataclass
class Exported:
    directory: Path
    title: str
    path: str
    full_url: str


@pytest.fixture(scope="module")
def exported(django_db_setup, django_db_blocker, tmp_path_factory):
    """One export of a small site, shared by the tests that only read it (rendering a site
    takes a while); the site itself is rolled back afterwards."""
    directory = tmp_path_factory.mktemp("export") / "mirror"
    with django_db_blocker.unblock(), transaction.atomic():
        _tree, lead = build_news()
        call_command("export_static", "testserver", str(directory), stdout=StringIO())
        yield Exported(directory, lead.title, lead.url, lead.get_full_url())
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def served(exported):
    handler = partial(SimpleHTTPRequestHandler, directory=str(exported.directory))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", exported
    server.shutdown()
    server.server_close()


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read()


def test_hyphenated_command_name_reaches_the_command():
    assert command_line(["habar", "export-static", "site", "dir"]) == [
        "habar",
        "export_static",
        "site",
        "dir",
    ]
    assert command_line(["habar", "no-such-command"]) == ["habar", "no-such-command"]


def test_listing_queries_become_files_beside_the_listing():
    assert mirror_path("/en/politics/", "page=2") == "/en/politics/page-2.html"
    assert mirror_path("/en/politics/", "page=1") == "/en/politics/"
    assert mirror_path("/en/most-read/", "period=today") == "/en/most-read/period-today.html"
    assert mirror_path("/en/search/", "q=x") is None
    assert mirror_path("/en/../etc/", "") is None


# Marked, so the tests run before any that flush the database.
@pytest.mark.django_db
def test_every_language_listing_article_feed_and_asset_is_written(exported):
    article = exported.path.strip("/")
    for path in [
        "index.html",
        "404.html",
        "robots.txt",
        "sitemap.xml",
        "sitemap-en.xml",
        "en/index.html",
        "ru/index.html",
        "tk/index.html",
        "en/politics/index.html",
        "en/politics/page-2.html",
        "en/news/index.html",
        "en/tags/diplomacy/index.html",
        f"{article}/index.html",
        "en/feed/rss/index.html",
        "en/feed/atom/index.html",
        "en/politics/feed/rss/index.html",
        "static/css/habar.css",
        "static/js/views.js",
    ]:
        assert (exported.directory / path).is_file(), path
    assert list((exported.directory / "media").rglob("*.png")), "the lead image's renditions"


@pytest.mark.django_db
def test_admin_search_and_beacon_are_left_out(exported):
    assert not (exported.directory / "admin").exists()
    assert not (exported.directory / "views").exists()
    assert not (exported.directory / "en" / "search").exists()


@pytest.mark.django_db
def test_pagination_links_point_at_the_written_files(exported):
    html = (exported.directory / "en/politics/index.html").read_text()
    hrefs = {a["href"] for a in BeautifulSoup(html, "html.parser").select("nav.pagination a")}
    assert "/en/politics/page-2.html" in hrefs
    assert not any(href.startswith("?") for href in hrefs)
    second = (exported.directory / "en/politics/page-2.html").read_text()
    assert "/en/politics/" in {
        a["href"] for a in BeautifulSoup(second, "html.parser").select("nav.pagination a")
    }


@pytest.mark.django_db
def test_mirror_served_by_a_plain_file_server(served):
    base, exported = served
    status, body = fetch(base + "/en/")
    assert status == 200
    assert exported.title in body.decode()
    status, body = fetch(base + exported.path)
    soup = BeautifulSoup(body, "html.parser")
    assert soup.h1.get_text(strip=True) == exported.title
    stylesheet = soup.select_one('link[rel="stylesheet"]')["href"]
    assert fetch(base + stylesheet)[0] == 200
    images = soup.select("img[src^='/media/']")
    assert images
    for image in images:
        assert fetch(base + image["src"])[0] == 200
    assert fetch(base + "/en/politics/page-2.html")[0] == 200
    assert fetch(base + "/")[0] == 200


@pytest.mark.django_db
def test_feed_from_the_mirror_keeps_absolute_links(served):
    base, exported = served
    _status, body = fetch(base + "/en/feed/rss/")
    feed = feedparser.parse(body)
    assert not feed.bozo
    links = [entry.link for entry in feed.entries]
    assert exported.full_url in links
    assert all(link.startswith("http://testserver/") for link in links)


@pytest.mark.django_db
def test_refuses_a_directory_that_holds_other_files(tmp_path):
    build_site_tree()
    (tmp_path / "precious.txt").write_text("keep me")
    with pytest.raises(CommandError, match="not empty"):
        call_command("export_static", "testserver", str(tmp_path))
    assert (tmp_path / "precious.txt").read_text() == "keep me"


@pytest.mark.django_db
def test_exporting_again_replaces_the_earlier_export(tmp_path):
    build_site_tree()
    directory = tmp_path / "mirror"
    call_command("export_static", "testserver", str(directory), stdout=StringIO())
    (directory / "en" / "taken-down").mkdir()
    (directory / "en" / "taken-down" / "index.html").write_text("old")
    call_command("export_static", "testserver", str(directory), stdout=StringIO())
    assert not (directory / "en" / "taken-down").exists()
    assert (directory / "en" / "index.html").is_file()


@pytest.mark.django_db
def test_unknown_site_is_a_clear_error(tmp_path):
    build_site_tree()
    with pytest.raises(CommandError, match="No site answers to nowhere.example"):
        call_command("export_static", "nowhere.example", str(tmp_path / "out"))


@pytest.mark.django_db
def test_max_urls_bounds_the_crawl(tmp_path):
    build_site_tree()
    directory, stderr = tmp_path / "small", StringIO()
    call_command(
        "export_static",
        "testserver",
        str(directory),
        "--max-urls",
        "5",
        stdout=StringIO(),
        stderr=stderr,
    )
    assert "incomplete" in stderr.getvalue()
    written = [p for p in directory.rglob("*") if p.is_file() and p.name != ".habar-export"]
    # Five crawled URLs, plus the language chooser and the 404 page written up front.
    assert len(written) == 7
