"""modelsearch's SQLite FTS5 backend, with stemmed words and title matches first.

Stemming: FTS5 folds case and Latin accents but knows no word forms, and has no tokenizer
Python can add. So the index is given the words already made alike (habar.search.stemming):
each page's title and body are stored as their words' stems in the language of the page's
locale, folded; each query's words are made so in the active language. "Botschaften" then
finds the articles on a "Botschaft", as on PostgreSQL. Images, documents and other objects
without a locale are folded only, and so are the words searched for in them. The
autocomplete column (the admin's search as you type, by word prefixes) keeps the words as
written.

Pages indexed before stemming keep their words as written until the index is rebuilt
(`manage.py wagtail_update_index`): until then only the forms they contain find them.

Ranking: modelsearch ranks with a bm25() that weighs every column alike and then multiplies
it by a title-length factor whatever matched, so a short title that does not match can
outrank a title that does. Here a match in the title outweighs one in the body, as on
PostgreSQL.
"""

from django.utils import translation
from modelsearch.backends.database.sqlite.query import (
    BM25,
    Lexeme,
    SearchQueryExpression,
    SQLiteFTSIndexEntry,
)
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale, TranslatableMixin

from habar.search.stemming import index_text, keys

# bm25() weights for the columns of modelsearch's FTS5 table, in its order: autocomplete
# (a copy of the title, for as-you-type search), body, title.
FTS_COLUMN_WEIGHTS = (0.0, 1.0, 10.0)


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(float(weight)) for weight in FTS_COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


def query_language(model):
    """The language a search of `model` is made in: the active one for pages and other
    models with a locale; none for the others, indexed without a stemmer."""
    return translation.get_language() if issubclass(model, TranslatableMixin) else None


class StemmedSQLiteIndex(SQLiteIndex):
    """Stores titles and bodies stemmed in the language of each object's locale."""

    def languages(self, objs):
        """The language code of each object's locale, by object; None (folded, not stemmed)
        for objects without one (images, documents, users), searched in any language."""
        locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
        codes = dict(Locale.objects.filter(pk__in=locale_ids).values_list("pk", "language_code"))
        return {id(obj): codes.get(getattr(obj, "locale_id", None)) for obj in objs}

    def add_items(self, model, objs):
        objs = list(objs)
        if not model.get_search_fields() or not objs:
            return
        languages = self.languages(objs)
        entries = {}
        for obj in objs:
            indexer = ObjectIndexer(obj, self.backend)
            language = languages[id(obj)]
            entries[indexer.id] = {
                "title": index_text(indexer.title, language),
                "autocomplete": indexer.autocomplete,
                "body": index_text(indexer.body, language),
            }
        self.write_entries(get_content_type_pk(model), entries)
        self._refresh_title_norms()

    def write_entries(self, content_type_pk, entries):
        """Update the entries of these object ids, create those missing (as modelsearch)."""
        of_type = self.entries.filter(content_type_id=content_type_pk)
        indexed = set(of_type.filter(object_id__in=entries).values_list("object_id", flat=True))
        for object_id in indexed:
            of_type.filter(object_id=object_id).update(**entries[object_id])
        self.entries.bulk_create(
            self.entries.model(content_type_id=content_type_pk, object_id=object_id, **fields)
            for object_id, fields in entries.items()
            if object_id not in indexed
        )


class StemmedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    """Stems the words of a query in the language active when the search was asked for (the
    results are read later); ranks with WeightedBM25."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = query_language(self.queryset.model)

    def get_config(self, backend):
        # modelsearch passes the "config" down to every part of the query it builds.
        return self.language

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            lexemes = [self.lexeme(term, config) for term in query.query_string.split()]
            if not lexemes:
                return None
            combined = lexemes.pop()
            for lexeme in lexemes:
                combined = combined & lexeme if query.operator == "and" else combined | lexeme
            return SearchQueryExpression(combined, config=config)
        if isinstance(query, Phrase):
            return SearchQueryExpression(" ".join(keys(query.query_string, config)))
        return super().build_search_query_content(query, config=config)

    def lexeme(self, term, language):
        # A term of several words ("e-mail") is a phrase of them; one of none ("—")
        # is the empty phrase, which matches nothing.
        return Lexeme(" ".join(keys(term, language)))

    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()


class WeightedSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = StemmedSQLiteIndex
    query_compiler_class = StemmedSQLiteSearchQueryCompiler
