import functools
import http.server
import threading

import pytest

from habar.news.models import ArticleIndexPage, ArticlePage

from .conftest import FIXTURES

RSS = FIXTURES / "feed-en.rss"
ATOM = FIXTURES / "feed-ru-tk.atom"


@pytest.fixture
def imported(tree, run_import):
    return run_import(RSS, ATOM, "--site", "testserver")


def test_feed_items_in_three_languages_are_imported(imported):
    titles = dict(ArticlePage.objects.values_list("title", "locale__language_code"))
    assert titles == {
        "Consultations between the foreign ministries of Turkmenistan and Japan": "en",
        "Briefing for foreign journalists": "en",
        "Брифинг для иностранных журналистов": "ru",
        "Daşary ýurt žurnalistleri üçin brifing": "tk",
    }


def test_broken_feed_items_are_reported(imported):
    output, rows = imported
    failed = {
        row["origin"].rsplit("/", 1)[-1]: row["reason"]
        for row in rows
        if row["outcome"] == "failed"
    }
    assert failed == {
        "feed-en.rss#3": "unparseable date: sometime in spring",
        "feed-en.rss#4": "empty body",
        "feed-ru-tk.atom#3": "no publication date",
    }
    assert "created: 4" in output.lower()


def test_feed_category_is_the_section(tree, imported):
    article = ArticlePage.objects.get(title__startswith="Consultations")
    assert article.get_parent().pk == tree.section("economy", "en").pk
    assert article.publication_date.isoformat() == "2020-01-14T04:00:00+00:00"


def test_atom_alternates_link_translations(imported):
    keys = {
        page.locale.language_code: page.translation_key
        for page in ArticlePage.objects.filter(title__icontains="brifing")
        | ArticlePage.objects.filter(title__startswith="Briefing")
        | ArticlePage.objects.filter(title__startswith="Брифинг")
    }
    assert set(keys) == {"en", "ru", "tk"}
    assert len(set(keys.values())) == 1


def test_feed_html_is_sanitized(imported):
    article = ArticlePage.objects.get(title__startswith="Consultations")
    source = article.body[0].value.source
    assert (
        source
        == "<p>The consultations were held in Tokyo.</p><p>The sides discussed <b>trade</b>.</p>"
    )


def test_no_section_is_created_for_known_categories(imported):
    assert ArticleIndexPage.objects.count() == 6


@pytest.fixture
def feed_server():
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(FIXTURES))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_feed_from_a_url(tree, run_import, feed_server):
    _output, rows = run_import(f"{feed_server}/feed-en.rss", "--site", "testserver")
    assert [row["outcome"] for row in rows] == ["created", "created", "failed", "failed"]
