"""Wagtail's database search backend, tuned for Habar's languages.

On PostgreSQL every language gets its own text search configuration (postgres.py): Russian
and English are stemmed, Turkmen is folded to plain letters. On SQLite, FTS5 folds case and
Latin diacritics by itself but does not stem, and titles are made to count (sqlite.py).
Either way the backend is the one modelsearch would pick for the database in use.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend


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
