"""Each language searched as well as the database allows.

PostgreSQL stems Russian and English and folds Turkmen letters (habar_turkmen: `simple`
plus unaccent). SQLite's FTS5 folds case and Latin diacritics, so Turkmen works the same,
but does not stem: there a Russian or English word is found only in the form typed.
"""

import pytest
from django.conf import settings
from django.db import connection
from wagtail.search.backends import get_search_backend

from habar.search.backends.postgres import LanguagePostgresSearchBackend

from .conftest import titles

pytestmark = pytest.mark.both_engines


def test_russian_inflected_form(article, search):
    article("Постоянный нейтралитет Туркменистана", language="ru")

    found = titles(search("нейтралитета", language="ru"))

    if connection.vendor == "postgresql":
        assert found == ["Постоянный нейтралитет Туркменистана"]
    else:
        assert found == []  # SQLite does not stem


def test_russian_word_in_another_case(article, search):
    article("Постоянный нейтралитет Туркменистана", language="ru")

    assert titles(search("НЕЙТРАЛИТЕТ", language="ru")) == ["Постоянный нейтралитет Туркменистана"]


def test_english_inflected_form(article, search):
    article("Neutral states meet")

    found = titles(search("neutrals", language="en"))

    if connection.vendor == "postgresql":
        assert found == ["Neutral states meet"]
    else:
        assert found == []  # SQLite does not stem


def test_turkmen_without_turkmen_letters(article, search):
    article("Daşary syýasat", language="tk")

    assert titles(search("syyasat", language="tk")) == ["Daşary syýasat"]


def test_turkmen_without_turkmen_letters_in_the_body(article, search):
    article("Bitaraplyk", language="tk", summary="Türkmenistanyň daşary syýasaty.")

    assert titles(search("turkmenistanyn", language="tk")) == ["Bitaraplyk"]


def test_turkmen_letters_find_text_typed_without_them(article, search):
    article("Dasary syyasat", language="tk")

    assert titles(search("Syýasat", language="tk")) == ["Dasary syyasat"]


def test_every_configured_postgresql_configuration_exists(db):
    if connection.vendor == "postgresql":
        backend = get_search_backend()
        configured = set(backend.configs.values()) | {backend.config}
        with connection.cursor() as cursor:
            cursor.execute("SELECT cfgname FROM pg_ts_config")
            existing = {row[0] for row in cursor.fetchall()}
        assert configured <= existing
    else:
        assert connection.vendor == "sqlite"
        assert type(get_search_backend()).__name__ == "WeightedSQLiteSearchBackend"


def postgres_backend():
    return LanguagePostgresSearchBackend(settings.WAGTAILSEARCH_BACKENDS["default"])


def test_configuration_of_each_site_language():
    backend = postgres_backend()

    assert [backend.config_for_language(code) for code in ("tk", "ru", "en")] == [
        "habar_turkmen",
        "russian",
        "english",
    ]


def test_configuration_of_a_regional_language_code():
    assert postgres_backend().config_for_language("en-gb") == "english"


def test_embassy_language_gets_its_postgresql_stemmer():
    assert postgres_backend().config_for_language("de") == "german"


def test_language_without_a_stemmer_gets_simple():
    assert postgres_backend().config_for_language("zh-hans") == "simple"
