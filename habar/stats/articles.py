"""The articles a beacon may count, and what counting needs of each, in process memory.

A beacon must not cost a query, so each web process keeps, per article id asked about:
None when it is not a live, public article (the beacon answers 404), else the article's
Facts. They are valid for one *version*, a value in Redis that every publish, unpublish,
move, delete, restriction or site settings change replaces (habar.stats.signal_handlers).
The beacon's Redis script counts a view only if the version it was given is still the
current one, so a process whose facts are out of date learns it in that same round trip,
before anything is counted, and reads them again. Facts are also dropped after
MAX_AGE_SECONDS, in case a change could not reach Redis to say so.
"""

import time
import zoneinfo
from contextlib import suppress
from typing import NamedTuple

from django.db import DEFAULT_DB_ALIAS
from wagtail.models import Site
from wagtail.query import PageQuerySet

from habar.core.pagecache import once_committed
from habar.core.redis import UNAVAILABLE, redis_client, redis_key
from habar.sites.models import SiteSettings, time_zone_or_default

from . import countable

MAX_AGE_SECONDS = 60
MAX_ENTRIES = 20_000  # ids are the client's to choose: forget them all past this


class Facts(NamedTuple):
    time_zone: zoneinfo.ZoneInfo  # the article's site's, for the day a view is counted on
    copies: tuple  # ids of its syndicated copies, whose views its count includes


class State(NamedTuple):
    version: str
    facts: dict
    time_zones: dict
    expires: float


def version_key():
    return redis_key("views", "articles")


def live_articles():
    """Live, public articles, read from the primary database (a beacon is a write)."""
    articles = countable.pages(DEFAULT_DB_ALIAS).live()
    try:
        return articles.public()
    except UNAVAILABLE:
        # The cached list of restricted sections is out of reach with Redis: ask the
        # database as Wagtail does, so that the view is still counted.
        return PageQuerySet.public(articles)


class ArticleFacts:
    """Per-process facts about articles, all of one version."""

    def __init__(self):
        self.state = self.fresh("")

    @staticmethod
    def fresh(version):
        return State(version, {}, {}, time.monotonic() + MAX_AGE_SECONDS)

    def current(self):
        state = self.state
        if time.monotonic() > state.expires or len(state.facts) > MAX_ENTRIES:
            state = self.state = self.fresh(state.version)
        return state

    def reset(self, version):
        """Forget every fact: `version` is the current one, read before anything is loaded."""
        self.state = self.fresh(version)

    def get(self, state, page_id):
        """The article's Facts, None if it is not a live public article; may query."""
        try:
            return state.facts[page_id]
        except KeyError:
            pass
        # By id, not pk: Django answers "no such row" for a number beyond the integer column
        # of Page.id, where the parent link (pk) would hand it to the database.
        url_path = live_articles().filter(id=page_id).values_list("url_path", flat=True).first()
        facts = None
        if url_path is not None:
            facts = Facts(self.time_zone(state, url_path), countable.copy_ids(page_id))
        state.facts[page_id] = facts
        return facts

    def time_zone_of(self, url_path):
        return self.time_zone(self.current(), url_path)

    def time_zone(self, state, url_path):
        # Most specific site first, as Wagtail lists them.
        try:
            roots = Site.get_site_root_paths()  # from the cache
        except UNAVAILABLE:
            roots = []  # the platform's time zone, then
        site_id = next((r.site_id for r in roots if url_path.startswith(r.root_path)), None)
        if site_id not in state.time_zones:
            name = (
                SiteSettings.objects.using(DEFAULT_DB_ALIAS)
                .filter(site_id=site_id)
                .values_list("time_zone", flat=True)
                .first()
            )
            state.time_zones[site_id] = time_zone_or_default(name)
        return state.time_zones[site_id]


known = ArticleFacts()


def changed(redis=True):
    """Make every process read its article facts again (a page or site changed)."""
    known.reset(known.state.version)
    if not redis:
        return

    def replace_version():
        # If Redis is away, each process forgets its facts within MAX_AGE_SECONDS anyway.
        with suppress(*UNAVAILABLE):
            redis_client().set(version_key(), str(time.time_ns()))

    once_committed(replace_version)
