"""Each site language searched in the forms of its words, on both engines.

PostgreSQL stems with its text search configuration of the language, SQLite with the
Snowball stemmer of the language (habar/search/stemming.py): a reader finds an article with
another form of its word. Languages without a stemmer are folded only: case, and accents
(Turkmen's ý, ş, ň, ä, ö, ü, ç, ž). Persian has a Snowball stemmer and no PostgreSQL one.
"""

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from habar.news.tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    HomePageFactory,
)
from habar.search.backends.postgres import LanguagePostgresSearchBackend
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory

from .conftest import titles

pytestmark = pytest.mark.both_engines

SITE_LANGUAGES = ["tk", "ru", "en", "de", "fr", "it", "es", "tr", "fa", "ar", "uz", "kk", "uk"]
SITE_LANGUAGES += ["zh-hans", "ja", "ko"]


@pytest.fixture
def world(db):
    """The default site, publishing in every site language: a home and a section in each."""
    Page.objects.filter(depth=2).delete()
    sections, first = {}, None
    for code in SITE_LANGUAGES:
        extra = {"translation_key": first.translation_key} if first else {}
        home = HomePageFactory(
            title=f"Home {code}", locale=LocaleFactory(language_code=code), **extra
        )
        first = first or home
        sections[code] = ArticleIndexPageFactory(title="Updates", slug="updates", parent=home)
    site = SiteFactory(hostname="testserver", root_page=first, is_default_site=True)
    SiteSettingsFactory(site=site, languages=SITE_LANGUAGES, default_language="tk")
    return sections


@pytest.fixture
def published(world):
    def create(language, *titles):
        for title in titles:
            ArticlePageFactory(parent=world[language], title=title)

    return create


# (language, the article's title, another article's, a query in another form of the word)
INFLECTED = [
    ("de", "Neue Botschaft in Aşgabat", "Neues Konsulat in Aşgabat", "Botschaften"),
    ("de", "Wirtschaftsforum in Berlin", "Forum der Wirtschaft", "Wirtschaftsforums"),
    ("ru", "Видеоконференция министров", "Конференция министров", "видеоконференциях"),
    ("en", "Embassy reopens", "Embargo lifted", "embassies"),
    ("fr", "L'ambassade rouvre", "L'ambassadeur arrive", "ambassades"),
    ("it", "L'ambasciata riapre", "Il consolato riapre", "ambasciate"),
    ("es", "La embajada reabre", "El consulado reabre", "embajadas"),
    ("tr", "Büyükelçilik yeniden açıldı", "Büyükelçi geldi", "büyükelçilikleri"),
    ("ar", "مؤتمر وزراء الخارجية", "وزراء الخارجية", "المؤتمرات"),
]


@pytest.mark.parametrize(
    ("language", "title", "other", "query"),
    INFLECTED,
    ids=[f"{case[0]}-{case[3]}" for case in INFLECTED],
)
def test_another_form_of_the_word_finds_the_article(
    published, search, language, title, other, query
):
    published(language, title, other)

    assert titles(search(query, language=language)) == [title]


def test_persian_is_stemmed_where_a_stemmer_exists(published, search):
    published("fa", "سفارت ایران", "کشور دوست")

    found = titles(search("سفارتها", language="fa"))

    if connection.vendor == "postgresql":
        assert found == []  # PostgreSQL has no Persian stemmer: habar_folded
    else:
        assert found == ["سفارت ایران"]
    assert titles(search("سفارت", language="fa")) == ["سفارت ایران"]


# Languages without a stemmer, on either engine: case and accents only.
FOLDED = [
    ("tk", "Daşary syýasat", "Daşary söwda", "SYYASAT"),
    ("uz", "Toshkent shahrida uchrashuv", "Samarqand shahrida", "TOSHKENT"),
    ("kk", "Қазақстан Республикасы", "Республика күні", "ҚАЗАҚСТАН"),
    ("uk", "Україна і Туркменістан", "Туркменістан і Казахстан", "УКРАЇНА"),
    ("zh-hans", "外交部 Ashgabat 新闻", "外交部 Berlin 新闻", "ASHGABAT 外交部"),
    ("ja", "外務省 Ashgabat 会議", "外務省 Berlin 会議", "Ashgabat 外務省"),
    ("ko", "외교부 Ashgabat 회의", "외교부 Berlin 회의", "ashgabat 외교부"),
]


@pytest.mark.parametrize(
    ("language", "title", "other", "query"),
    FOLDED,
    ids=[case[0] for case in FOLDED],
)
def test_case_and_accents_are_folded(published, search, language, title, other, query):
    published(language, title, other)

    assert titles(search(query, language=language)) == [title]


# Stemmed languages typed without their accents.
UNACCENTED = [
    ("de", "Treffen in München", "Treffen in Berlin", "Munchen"),
    ("fr", "Réunion à Genève", "Réunion à Paris", "geneve"),
    ("it", "La città di Perugia", "Il paese di Perugia", "citta"),
    ("es", "Reunión en Bogotá", "Reunión en Lima", "bogota"),
]


@pytest.mark.parametrize(
    ("language", "title", "other", "query"),
    UNACCENTED,
    ids=[case[0] for case in UNACCENTED],
)
def test_accents_are_folded_in_stemmed_languages(published, search, language, title, other, query):
    published(language, title, other)

    assert titles(search(query, language=language)) == [title]


def test_turkmen_is_not_stemmed(published, search):
    published("tk", "Daşary syýasat")

    assert titles(search("syýasaty", language="tk")) == []


def test_a_query_is_stemmed_in_the_language_of_the_search(published, search):
    # In German "Botschaften" is a form of "Botschaft"; searched as English it is a word of
    # its own.
    published("de", "Neue Botschaft")

    assert titles(search("Botschaften", language="de")) == ["Neue Botschaft"]
    assert titles(search("Botschaften", language="en")) == []


def test_the_api_searches_in_the_language_of_the_edition(published):
    # The client asks for English; its messages come in English, and the German edition is
    # searched as German.
    published("de", "Neue Botschaft in Aşgabat", "Neues Konsulat in Aşgabat")
    client = Client(headers={"Accept-Language": "en"})

    response = client.get("/api/v1/de/articles/", {"q": "Botschaften"})

    assert [item["title"] for item in response.json()["items"]] == ["Neue Botschaft in Aşgabat"]


def test_russian_word_in_another_case(article, search):
    article("Постоянный нейтралитет Туркменистана", language="ru")

    assert titles(search("НЕЙТРАЛИТЕТА", language="ru")) == ["Постоянный нейтралитет Туркменистана"]


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

    assert {code: backend.config_for_language(code) for code in SITE_LANGUAGES} == {
        "tk": "habar_turkmen",
        "ru": "russian",
        "en": "english",
        "de": "habar_german",
        "fr": "habar_french",
        "it": "habar_italian",
        "es": "habar_spanish",
        "tr": "turkish",
        "ar": "arabic",
        "fa": "habar_folded",
        "uz": "habar_folded",
        "kk": "habar_folded",
        "uk": "habar_folded",
        "zh-hans": "habar_folded",
        "ja": "habar_folded",
        "ko": "habar_folded",
    }


def test_configuration_of_a_regional_language_code():
    assert postgres_backend().config_for_language("en-gb") == "english"


def test_a_backend_without_a_default_configuration_gets_simple():
    backend = LanguagePostgresSearchBackend({"SEARCH_CONFIGS": {}})

    assert backend.config_for_language("zh-hans") == "simple"
