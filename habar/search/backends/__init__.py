"""Wagtail's database search backend, tuned for Habar's languages.

On PostgreSQL every language gets its own text search configuration (postgres.py): those
PostgreSQL has a stemmer for are stemmed, the others (Turkmen among them) folded to plain
letters. On SQLite the index holds words stemmed with Snowball and folded (stemming.py), and
titles are made to count (sqlite.py).
Either way the backend is the one modelsearch would pick for the database in use.

The reader search asks for `newest_matches`: ranking every match of a word found in most
of a 100,000-article archive would cost a pass over all of them on each search, so only the
newest matches are ranked, as news sites do, and the reader is told when there were more.
"""

from dataclasses import dataclass, field

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.backends import get_search_backend


def SearchBackend(params):  # the name modelsearch looks for in a backend module
    if connection.vendor == "postgresql":
        from .postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite":
        # Imported only here: modelsearch's SQLite modules need its FTS5 model.
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        from .sqlite import WeightedSQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):
            return WeightedSQLiteSearchBackend(params)
    return backend


@dataclass(frozen=True)
class Matches:
    """Article ids, most relevant first, and whether more articles matched than these."""

    ids: list = field(default_factory=list)
    more: bool = False


def newest_matches(query, under, limit, since=None, until=None):
    """The newest `limit` live, public articles below `under` (a home or section page) that
    match every word of `query`, most relevant first; `since` and `until` (excluded) bound
    their publication dates."""
    from habar.news.models import ArticlePage

    backend = get_search_backend()
    if hasattr(backend, "newest_matches"):
        return backend.newest_matches(query, under, limit, since, until)
    articles = ArticlePage.objects.live().public().descendant_of(under)
    if since is not None:
        articles = articles.filter(publication_date__gte=since)
    if until is not None:
        articles = articles.filter(publication_date__lt=until)
    newest = articles.order_by("-publication_date", "-id").only("pk")
    found = [article.pk for article in newest.search(query, order_by_relevance=False)[: limit + 1]]
    if not found:
        return Matches()
    ranked = ArticlePage.objects.filter(pk__in=found[:limit]).only("pk").search(query)
    return Matches([article.pk for article in ranked], more=len(found) > limit)
