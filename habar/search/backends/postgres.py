"""One PostgreSQL text search configuration per language.

modelsearch's PostgreSQL backend has a single SEARCH_CONFIG for every document and every
query. Here each page is indexed with the configuration of its own locale, and each query
uses the configuration of the active language (the URL's), so Russian and English get their
stemmers and Turkmen, which PostgreSQL has none for, gets `simple` with unaccent: a reader
typing "syyasat" finds "Syýasat". A language missing from SEARCH_CONFIGS gets PostgreSQL's
stemmer for it (an embassy's German, French, ...), else SEARCH_CONFIG, else `simple`.

Pages already indexed keep the configuration they were indexed with until the index is
rebuilt (`manage.py wagtail_update_index`).
"""

import copy
from collections import defaultdict

from django.utils import translation
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

# Made by habar/search/migrations/0001_turkmen_search_configuration.py.
TURKMEN_CONFIG = "habar_turkmen"
FALLBACK_CONFIG = "simple"
# The Snowball stemmers PostgreSQL 15 ships, by Django language code.
POSTGRES_CONFIGS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "tk": TURKMEN_CONFIG,
}


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


class LanguageSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(translation.get_language())


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

    def config_for_object(self, obj):
        # Pages and other translatable models carry a locale; anything else (images,
        # documents, users) is indexed with the default configuration.
        locale = getattr(obj, "locale", None)
        return self.config_for_language(getattr(locale, "language_code", None))
