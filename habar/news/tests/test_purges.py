import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings

from habar.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


class PurgeEndpoint(BaseHTTPRequestHandler):
    """A cache's PURGE endpoint (Varnish, nginx with ngx_cache_purge) that records requests."""

    received = None

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purges():
    received = []
    handler = type("Recorder", (PurgeEndpoint,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    backends = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    with override_settings(WAGTAILFRONTENDCACHE=backends, WAGTAILFRONTENDCACHE_LANGUAGES=[]):
        yield received
    server.shutdown()
    server.server_close()


@pytest.fixture
def draft(tree):
    article = ArticlePageFactory(parent=tree.section("politics"), title="Summit in Ashgabat")
    article.unpublish()
    return article


def test_publishing_purges_the_page_its_section_homes_and_feeds(
    tree, draft, purges, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()
    paths = {path for _host, path in purges}
    assert draft.url in paths
    assert "/en/politics/" in paths
    assert {"/en/", "/ru/", "/tk/"} <= paths
    assert {"/en/feed/rss/", "/ru/feed/atom/", "/en/politics/feed/rss/"} <= paths
    assert {"/en/news/", "/sitemap.xml", "/sitemap-en.xml"} <= paths
    assert {host for host, _path in purges} == {"testserver"}


def test_unpublishing_purges_the_page_too(tree, purges, django_capture_on_commit_callbacks):
    article = ArticlePageFactory(parent=tree.section("politics"), title="Withdrawn note")
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert "/en/politics/withdrawn-note/" in {path for _host, path in purges}


def test_nothing_is_purged_before_the_transaction_commits(
    draft, purges, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        draft.save_revision().publish()
    assert purges == []
    assert callbacks


def test_nothing_is_queued_without_frontend_caches(draft, django_capture_on_commit_callbacks):
    with (
        override_settings(WAGTAILFRONTENDCACHE={}),
        django_capture_on_commit_callbacks(execute=False) as callbacks,
    ):
        draft.save_revision().publish()
    assert not [c for c in callbacks if "purge" in getattr(c, "__qualname__", "")]
