"""One PostgreSQL text search configuration per language.

modelsearch's PostgreSQL backend has a single SEARCH_CONFIG for every document and every
query. Here each page is indexed with the configuration of its own locale, and each query
uses the configuration of the active language (the URL's), so every language PostgreSQL has
a Snowball stemmer for gets it (POSTGRES_CONFIGS: Russian, English, German, French, Italian,
Spanish, Turkish, Arabic among the site languages) and Turkmen, which it has none for, gets
`simple` with unaccent: a reader typing "syyasat" finds "Syýasat". The other languages
without a stemmer (Persian, Uzbek, Kazakh, Ukrainian, Chinese, Japanese, Korean) get
SEARCH_CONFIG, in Habar's settings `habar_folded`, also `simple` with unaccent; without that
setting, `simple`.

Pages already indexed keep the configuration they were indexed with until the index is
rebuilt (`manage.py wagtail_update_index`).

Articles are also copied, words and date, to the reader search's own table
(habar.search.models.SearchDocument), from which `newest_matches` finds the newest matches
of a search without reading every match.
"""

import copy
from collections import defaultdict

from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.utils import translation
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.weights import get_sql_weights
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import TranslatableMixin

from ..stemming import SNOWBALL_STEMMERS
from . import Matches

# Made by habar/search/migrations/0001_turkmen_search_configuration.py.
TURKMEN_CONFIG = "habar_turkmen"
FALLBACK_CONFIG = "simple"
# The Snowball stemmers PostgreSQL 15 ships, by Django language code: Snowball's (as SQLite's
# index uses them) but those PostgreSQL lacks.
NOT_IN_POSTGRES = {"cs", "eo", "et", "fa", "pl"}
POSTGRES_CONFIGS = {
    code: name for code, name in SNOWBALL_STEMMERS.items() if code not in NOT_IN_POSTGRES
} | {"tk": TURKMEN_CONFIG}


UPSERT_DOCUMENTS = """
INSERT INTO {documents} (article_id, live, path, publication_date, words)
SELECT article.page_ptr_id, page.live, page.path, article.publication_date,
    entry.title || entry.body
FROM {articles} article
JOIN {pages} page ON page.id = article.page_ptr_id
JOIN {entries} entry
    ON entry.content_type_id = ANY(%s) AND entry.object_id = article.page_ptr_id::text
WHERE article.page_ptr_id = ANY(%s)
ON CONFLICT (article_id) DO UPDATE
SET live = EXCLUDED.live, path = EXCLUDED.path, publication_date = EXCLUDED.publication_date,
    words = EXCLUDED.words
"""

# The newest matches, read off SearchDocument by the query put in {newest}, ranked as Wagtail
# ranks from the title and body vectors of its own index: title matches count more, and
# short titles more still.
RANK_NEWEST = """
SELECT newest.article_id, newest.position
FROM ({newest}) newest
JOIN {entries} entry
    ON entry.content_type_id = ANY(%s) AND entry.object_id = newest.article_id::text
ORDER BY ts_rank(%s::float4[], entry.title, {query}) * entry.title_norm
    + ts_rank(%s::float4[], entry.body, {query}) DESC, newest.article_id DESC
"""


def is_article(model):
    from habar.news.models import ArticlePage

    return issubclass(model, ArticlePage)


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for_object(obj)].append(obj)
        # modelsearch's indexer reads the configuration off the backend: give each language
        # its own copy rather than changing a backend other threads may be using.
        for config, group in by_config.items():
            index = copy.copy(self)
            index.backend = copy.copy(self.backend)
            index.backend.config = config
            super(LanguageIndex, index).add_items(model, group)
        if is_article(model):
            self.add_documents(model, [obj.pk for obj in objs])

    def add_documents(self, model, pks):
        """Copy the articles' words, as just indexed, and their dates to SearchDocument."""
        from wagtail.models import Page

        from habar.news.models import ArticlePage
        from habar.search.models import SearchDocument

        with self.write_connection.cursor() as cursor:
            cursor.execute(
                UPSERT_DOCUMENTS.format(
                    documents=SearchDocument._meta.db_table,
                    articles=ArticlePage._meta.db_table,
                    pages=Page._meta.db_table,
                    entries=IndexEntry._meta.db_table,
                ),
                [get_descendants_content_types_pks(model), [int(pk) for pk in pks]],
            )

    def delete_item(self, item):
        super().delete_item(item)
        if is_article(type(item)):
            from habar.search.models import SearchDocument

            SearchDocument.objects.using(self.write_connection.alias).filter(
                article_id=item.pk
            ).delete()


class LanguageSearchQueryCompiler(PostgresSearchQueryCompiler):
    """Searches with the configuration of the language active when the search was asked for
    (the results are read later)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Models without a locale (images, documents, users) are indexed, and so searched,
        # with the default configuration, whatever the language.
        translatable = issubclass(self.queryset.model, TranslatableMixin)
        self.language = translation.get_language() if translatable else None

    def get_config(self, backend):
        return backend.config_for_language(self.language)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageSearchQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.configs = POSTGRES_CONFIGS | params.get("SEARCH_CONFIGS", {})
        self.config = self.config or FALLBACK_CONFIG

    def config_for_language(self, language_code):
        if not language_code:
            return self.config
        language_code = language_code.lower()
        return (
            self.configs.get(language_code)
            or self.configs.get(language_code.split("-")[0])
            or self.config
        )

    def newest_matches(self, query, under, limit, since=None, until=None):
        """See habar.search.backends.newest_matches: here in one query.

        The newest matching documents are read off SearchDocument alone, by its date index
        (a common word) or its words index (a rare one), whichever PostgreSQL estimates
        cheaper; then only those are ranked.
        """
        from habar.news.models import ArticlePage
        from habar.search.models import SearchDocument
        from habar.sites.routing import restricted_paths

        documents = SearchDocument.objects.filter(live=True, path__startswith=under.path)
        for private in restricted_paths():
            documents = documents.exclude(path__startswith=private)
        compiler = self.query_compiler_class(ArticlePage.objects.all(), query)
        tsquery = compiler.build_tsquery(compiler.query, config=compiler.get_config(self))
        if tsquery is None:
            return Matches()
        documents = documents.filter(words=tsquery)
        if since is not None:
            documents = documents.filter(publication_date__gte=since)
        if until is not None:
            documents = documents.filter(publication_date__lt=until)
        newest_first = [F("publication_date").desc(nulls_last=True), F("article_id").desc()]
        newest = (
            documents.order_by(*newest_first)
            .annotate(position=Window(RowNumber(), order_by=newest_first))
            .values("article_id", "position")[: limit + 1]
        )
        sql_compiler = newest.query.get_compiler(newest.db)
        newest_sql, newest_params = sql_compiler.as_sql()
        query_sql, query_params = sql_compiler.compile(tsquery.resolve_expression(newest.query))
        weights = get_sql_weights()
        types = get_descendants_content_types_pks(ArticlePage)
        with sql_compiler.connection.cursor() as cursor:
            cursor.execute(
                RANK_NEWEST.format(
                    newest=newest_sql, entries=IndexEntry._meta.db_table, query=query_sql
                ),
                [*newest_params, types, weights, *query_params, weights, *query_params],
            )
            rows = cursor.fetchall()
        return Matches(
            [article_id for article_id, position in rows if position <= limit],
            more=any(position > limit for _article_id, position in rows),
        )

    def config_for_object(self, obj):
        # Pages and other translatable models carry a locale; anything else (images,
        # documents, users) is indexed with the default configuration.
        locale = getattr(obj, "locale", None)
        return self.config_for_language(getattr(locale, "language_code", None))
