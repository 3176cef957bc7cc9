"""SQLite FTS5 ranking that puts title matches first.

modelsearch ranks with a bm25() that weighs every column alike and then multiplies it by a
title-length factor whatever matched, so a short title that does not match can outrank a
title that does. Here a match in the title outweighs one in the body, as on PostgreSQL.
"""

from modelsearch.backends.database.sqlite.query import BM25, SQLiteFTSIndexEntry
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)

# bm25() weights for the columns of modelsearch's FTS5 table, in its order: autocomplete
# (a copy of the title, for as-you-type search), body, title.
FTS_COLUMN_WEIGHTS = (0.0, 1.0, 10.0)


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(float(weight)) for weight in FTS_COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class WeightedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()


class WeightedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = WeightedSQLiteSearchQueryCompiler
