"""Two Habar servers, one PostgreSQL database and one Redis: one install on two machines.

Each server runs its own worker beside it (as `habar serve` does), with the production
choices: views buffered in Redis, tasks queued in the database.
"""

import json
import os
import subprocess
import time
import urllib.parse
import urllib.request
import uuid

import pytest

from .live import LiveHabar

pytestmark = [
    pytest.mark.both_engines,
    pytest.mark.server,
    pytest.mark.skipif(
        not (
            os.environ.get("DATABASE_URL", "").startswith("postgres")
            and os.environ.get("REDIS_URL")
        ),
        reason="by design: two processes share PostgreSQL and Redis (the PostgreSQL + Redis pass)",
    ),
]

PRODUCTION_LIKE = {
    "HABAR_VIEW_BUFFER": "1",
    "HABAR_VIEW_FLUSH_SECONDS": "0.5",
    "HABAR_TASKS_BACKEND": "database",
    "HABAR_SCHEDULER_SECONDS": "1",
}
ARTICLE = "/en/politics/working-trip-of-the-president-to-balkan-velayat/"
READER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 two/{}"


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    first = LiveHabar(tmp_path_factory.mktemp("first"), env=PRODUCTION_LIKE)
    second = LiveHabar(tmp_path_factory.mktemp("second"), share=first, env=PRODUCTION_LIKE)
    try:
        first.start(workers=1)
        second.start(workers=1)
        yield first, second
    finally:
        second.stop()
        first.stop()


def get(server, path):
    with urllib.request.urlopen(server.base_url + path, timeout=30) as response:
        return response.headers.get("X-Habar-Cache"), response.read().decode()


def shell(server, code):
    try:
        return server.habar("shell", "-c", code).stdout
    except subprocess.CalledProcessError as error:
        pytest.fail(f"habar shell failed:\n{error.stderr}")


def wait_for(condition, timeout=30, message="timed out"):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.2)


def beacon(server, page_id, reader):
    request = urllib.request.Request(
        f"{server.base_url}/views/{page_id}/",
        method="POST",
        headers={"User-Agent": READER_AGENT.format(reader)},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["views"]


def test_a_publish_through_one_shows_at_once_on_the_other(servers):
    first, second = servers
    get(second, ARTICLE)
    assert get(second, ARTICLE)[0] == "hit"
    title = f"Working trip, revised {uuid.uuid4().hex[:8]}"

    # Another process of the install (the first server's environment) publishes.
    shell(
        first,
        "from habar.news.models import ArticlePage\n"
        f"page = ArticlePage.objects.get(url_path__endswith='/{ARTICLE.split('/')[-2]}/', "
        "locale__language_code='en', syndicated_from=None)\n"
        f"page.title = {title!r}\n"
        "page.save_revision().publish()\n",
    )

    state, html = get(second, ARTICLE)
    assert title in html
    assert state != "hit"


def test_the_workers_run_queued_tasks(servers):
    first, second = servers
    word = f"zebrafinch{uuid.uuid4().hex[:6]}"
    shell(
        first,
        "from habar.news.models import ArticlePage\n"
        "page = ArticlePage.objects.live().filter(locale__language_code='en').first()\n"
        f"page.title = page.title + ' {word}'\n"
        "page.save_revision().publish()\n",
    )
    query = urllib.parse.urlencode({"q": word})

    # Search indexing is a task: found once a worker ran it.
    wait_for(lambda: word in get(second, f"/en/search/?{query}")[1], message="never indexed")


def test_beacons_to_both_servers_add_up_exactly(servers):
    first, second = servers
    page_id = first.page_id("the-roads-leading-to-happiness")
    before = first.total_views(page_id)

    for reader in range(60):
        beacon((first, second)[reader % 2], page_id, reader)

    wait_for(lambda: first.total_views(page_id) >= before + 60, message="views not flushed")
    # Two more views, one through each server, each waited for in the database: flushes
    # after the sixty, which must not have written any of them again.
    for number, server in enumerate((first, second), start=1):
        beacon(server, page_id, f"after-{number}")
        wait_for(lambda n=number: first.total_views(page_id) >= before + 60 + n)
    assert first.total_views(page_id) == before + 62
    assert beacon(second, page_id, "last") == before + 63


def test_a_scheduled_page_goes_live_once_with_two_workers(servers):
    first, second = servers
    slug = "the-meeting-of-the-cabinet-of-ministers-of-turkmenistan"
    page_id = first.page_id(slug)
    later_id = first.page_id("the-roads-leading-to-happiness")
    output = shell(
        first,
        "import datetime\n"
        "from django.utils import timezone\n"
        "from habar.news.models import ArticlePage\n"
        f"page = ArticlePage.objects.get(pk={page_id})\n"
        "page.unpublish()\n"
        "page.go_live_at = timezone.now() + datetime.timedelta(seconds=3)\n"
        "page.save_revision().publish()\n"
        # Read back at once, in the same process: the shell's start-up alone can outlast the
        # delay on a loaded machine, so a read from the test afterwards proves nothing.
        "print('live at once:', ArticlePage.objects.get(pk=page.pk).live)\n"
        # A second page due two scheduler rounds later: once it is live, both schedulers
        # have had more rounds in which the first page was no longer due.
        f"later = ArticlePage.objects.get(pk={later_id})\n"
        "later.unpublish()\n"
        "later.go_live_at = page.go_live_at + datetime.timedelta(seconds=2)\n"
        "later.save_revision().publish()\n",
    )
    assert "live at once: False" in output, "the scheduled page went live before its time"

    wait_for(
        lambda: (
            first.query("SELECT live FROM wagtailcore_page WHERE id = ?", (page_id,)) == [(True,)]
        ),
        message="the scheduled page did not go live",
    )
    wait_for(
        lambda: (
            first.query("SELECT live FROM wagtailcore_page WHERE id = ?", (later_id,)) == [(True,)]
        ),
        message="the later scheduled page did not go live",
    )

    publishes = first.query(
        "SELECT COUNT(*) FROM wagtailcore_pagelogentry WHERE page_id = ? AND action = ?",
        (page_id, "wagtail.publish.scheduled"),
    )
    assert publishes == [(1,)]
    # Not before its time: the scheduled publish is logged at or after go_live_at.
    [(early,)] = first.query(
        "SELECT COUNT(*) FROM wagtailcore_pagelogentry e JOIN wagtailcore_page p"
        " ON p.id = e.page_id WHERE p.id = ? AND e.action = ? AND e.timestamp < p.go_live_at",
        (page_id, "wagtail.publish.scheduled"),
    )
    assert early == 0
