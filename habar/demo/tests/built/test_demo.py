"""`habar demo`: the seed article verbatim among years of realistic news; safe to run again.

The demo takes seconds to build: the package's `demo` fixture (conftest.py) builds it once
and runs it a second time (with --force, beside a site somebody made by hand). What a
reader sees is checked on the result, which must be the same as after one run.
"""

import datetime
import re
import zoneinfo

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.test import Client, RequestFactory
from wagtail.models import Locale, Page, Site

from habar.news.models import ArticleIndexPage, ArticlePage, HomePage
from habar.sites.models import SiteSettings
from habar.stats.models import PageViewTotal

SEED_TITLE = (
    "Videoconfrence with the Head of the United Nations Office of Counter-Terrorism (UNOCT)"
)
LAST_NEWS = [
    (
        "01.08",
        "The President of Turkmenistan congratulated the President of the Swiss Confederation",
    ),
    ("31.07", "Progress through partnership will form the basis of the Avaza Action Programme"),
    ("30.07", "Working Trip of the President to Balkan Velayat"),
    ("30.07", "The roads leading to happiness"),
    ("28.07", "Cultural diplomacy is a symbol of friendship and cooperation"),
    (
        "28.07",
        "The total amount of transactions at the SCRMET auctions amounted to over 96 million 517 "
        "thousand US dollars",
    ),
    (
        "26.07",
        "The National Leader of the Turkmen people, Chairman of the Halk Maslahaty of "
        "Turkmenistan, Hero-Arkadag, made a working visit to the city of Arkadag",
    ),
    ("25.07", "The meeting of the Cabinet of Ministers of Turkmenistan"),
    (
        "25.07",
        "The President of Turkmenistan received the Ambassador Extraordinary and Plenipotentiary "
        "of the People’s Republic of China",
    ),
    (
        "25.07",
        "The President of Turkmenistan signed a decree on pardon on the occasion of the "
        "International Year of Peace and Trust",
    ),
]
# Every test here reads the database: this keeps pytest-django from running some of them
# apart from the others, which would build the package's demo (conftest.py) again.
pytestmark = [pytest.mark.django_db]


@pytest.fixture
def ministry(demo, db):
    """The ministry's site: the default one (embassy sites may stand beside it)."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def english_home(ministry):
    return ministry.root_page.specific.get_translation(Locale.objects.get(language_code="en"))


@pytest.fixture
def seed(english_home):
    return ArticlePage.objects.descendant_of(english_home).get(title=SEED_TITLE)


@pytest.fixture
def seed_page(seed, reader, html):
    return html(reader.get(seed.url))


def text(element):
    return " ".join(element.get_text().split())


def test_reports_that_it_is_ready(demo):
    assert "Demo ready" in demo.first_output


def test_seed_article_title(seed_page):
    assert text(seed_page.h1) == SEED_TITLE


def test_seed_article_breadcrumbs(seed_page):
    assert text(seed_page.select_one("nav.breadcrumbs")) == f"Home \\ Politics \\ {SEED_TITLE}"


def test_seed_article_is_in_politics(seed):
    assert seed.get_parent().title == "Politics"


def test_seed_article_date_in_ashgabat(seed):
    local = seed.publication_date.astimezone(zoneinfo.ZoneInfo("Asia/Ashgabat"))

    assert local.date() == datetime.date(2020, 11, 2)


def test_seed_article_shows_its_date(seed_page):
    assert text(seed_page.select_one(".published")) == "Published 02.11.2020"


def test_seed_article_has_1114_views(seed):
    assert PageViewTotal.count_for(seed.pk) == 1114


def test_seed_article_shows_1114_views(seed_page):
    assert text(seed_page.select_one("[data-views]")) == "1114"


def test_seed_body_starts_and_ends_verbatim(seed_page):
    body = text(seed_page.select_one(".body"))

    assert body.startswith(
        "The videoconference meeing with Under-Secretary-General of the United Nations Office "
        "of Counter-Terrorism Mr. Vladimir Voronkov took place"
    )
    assert body.endswith(
        "which is declared as the International Year of Peace and Trust in accordance with the "
        "UN Resolution."
    )


def test_seed_body_quotes_are_real_double_quotes(seed_page):
    body = text(seed_page.select_one(".body"))

    assert '""' not in body
    assert (
        'resolution "The Role of the Regional Center for Preventive Diplomacy for Central '
        'Asia", initiated by the Turkmen side.'
    ) in body
    assert 'sustainable development." Emphasizing' in body


def test_seed_body_is_one_paragraph(seed_page):
    assert len(seed_page.select(".body p")) == 1


def test_last_news_are_the_newest_articles(english_home):
    newest = ArticlePage.objects.descendant_of(english_home).for_listing()[:10]

    assert [a.title for a in newest] == [title for _day, title in LAST_NEWS]


def test_seed_page_shows_the_last_news(seed_page):
    items = seed_page.select("aside.latest-news li")

    assert [(text(li.time), text(li.a)) for li in items] == LAST_NEWS


def test_about_two_hundred_articles(english_home):
    assert 190 <= ArticlePage.objects.descendant_of(english_home).live().count() <= 220


def test_articles_spread_over_years(english_home):
    articles = ArticlePage.objects.descendant_of(english_home)
    years = {a.publication_date.year for a in articles}

    assert set(range(2019, 2026)) <= years


def test_every_section_has_articles(english_home):
    english = ArticleIndexPage.objects.child_of(english_home)

    assert all(ArticlePage.objects.child_of(section).exists() for section in english)


def test_home_page_per_language_linked_as_translations(english_home):
    homes = english_home.get_translations(inclusive=True)

    assert sorted(h.locale.language_code for h in homes) == ["en", "ru", "tk"]
    assert len({h.translation_key for h in homes}) == 1


def test_sections_in_every_language(english_home):
    russian_home = english_home.get_translation(Locale.objects.get(language_code="ru"))
    russian = ArticleIndexPage.objects.child_of(russian_home)

    assert sorted(s.title for s in russian) == ["Культура", "Общество", "Политика", "Экономика"]


def test_ministry_site_is_rooted_at_turkmen(ministry):
    assert ministry.root_page.specific.locale.language_code == "tk"


def test_ministry_site_settings(ministry):
    settings = SiteSettings.for_site(ministry)

    assert settings.languages == ["tk", "ru", "en"]
    assert settings.default_language == "tk"
    assert settings.time_zone == "Asia/Ashgabat"


def test_replaces_wagtails_welcome_page(demo, db):
    assert not HomePage.objects.filter(title="Welcome to your new Wagtail site!").exists()
    assert not Site.objects.filter(root_page__title="Welcome to your new Wagtail site!").exists()


def test_root_redirects_to_turkmen(demo, client):
    assert client.get("/")["Location"] == "/tk/"


def test_admin_login(demo, db):
    # Logins always come with a request: the lockout (django-axes) is keyed on its address.
    request = RequestFactory().post("/admin/login/")
    user = authenticate(request, username="admin", password=demo.password)

    assert user is not None and user.is_superuser


def test_second_run_creates_no_duplicates(demo):
    assert demo.second_snapshot == demo.first_snapshot


def test_second_run_keeps_the_views_readers_added(demo, db):
    assert PageViewTotal.count_for(demo.read.pk) == demo.read_views


def test_second_run_with_force_leaves_other_sites_alone(demo, db):
    home = Page.objects.get(pk=demo.foreign_home.pk)

    assert home.title == "Our own site"
    assert [child.title for child in home.get_children()] == ["Our own news"]


@pytest.fixture
def tehran(demo, db):
    return Site.objects.get(hostname="tehran.localhost")


def test_tehran_site_is_persian_first_in_tehran_time(tehran):
    settings = SiteSettings.for_site(tehran)

    assert tehran.root_page.specific.locale.language_code == "fa"
    assert settings.languages == ["fa", "tk", "ru", "en"]
    assert settings.time_zone == "Asia/Tehran"


def test_tehran_writes_its_news_in_persian(tehran):
    persian = ArticlePage.objects.descendant_of(tehran.root_page)

    assert persian.filter(title="جشن نوروز در سفارت ترکمنستان در تهران برگزار شد").exists()
    assert persian.count() >= 5
    assert {article.get_parent().slug for article in persian} == {
        "embassy-news",
        "consular",
        "culture",
    }


def test_some_of_tehrans_news_is_translated(tehran):
    novruz = ArticlePage.objects.get(title="جشن نوروز در سفارت ترکمنستان در تهران برگزار شد")
    translations = {page.locale.language_code: page.title for page in novruz.get_translations()}

    assert translations == {
        "tk": "Tährandaky ilçihanada Nowruz baýramy bellenildi",
        "ru": "В посольстве Туркменистана в Тегеране отметили Новруз",
        "en": "Novruz celebrated at the Embassy of Turkmenistan in Tehran",
    }


def test_tehran_gets_the_ministrys_newest_news(tehran):
    english = tehran.root_page.get_translation(Locale.objects.get(language_code="en"))
    copies = ArticlePage.objects.descendant_of(english).exclude(syndicated_from=None)

    assert copies.count() == len(LAST_NEWS)


def test_tehran_has_its_editors_publishers_and_administrators(tehran):
    groups = {
        user.username: [group.name for group in user.groups.all()]
        for user in get_user_model().objects.filter(username__startswith="tehran-")
    }

    assert groups == {
        "tehran-editor": ["Embassy of Turkmenistan in Tehran: editors"],
        "tehran-publisher": ["Embassy of Turkmenistan in Tehran: publishers"],
        "tehran-admin": ["Embassy of Turkmenistan in Tehran: site administrators"],
    }


@pytest.mark.parametrize("language", ["tk", "ru", "en"])
def test_berlin_carries_the_ministrys_newest_news_in_each_shared_language(demo, db, language):
    berlin = Site.objects.get(hostname="berlin.localhost")
    ministry_home = Site.objects.get(is_default_site=True).root_page
    locale = Locale.objects.get(language_code=language)
    origin_home = ministry_home.get_translation(locale)
    berlin_home = berlin.root_page.get_translation(locale)
    newest = ArticlePage.objects.live().descendant_of(origin_home).order_by("-publication_date")

    feed = Client(SERVER_NAME="berlin.localhost").get(f"/{language}/feed/rss/")
    links = re.findall(r"<link>(.*?)</link>", feed.content.decode())

    assert feed.status_code == 200
    for origin in newest[: len(LAST_NEWS)]:
        copy = origin.syndicated_copies.descendant_of(berlin_home).get()
        assert copy.locale.language_code == language
        assert any(link.endswith(copy.url) for link in links), origin.title


# --- Missions (habar.demo.missions) ------------------------------------------------------


@pytest.fixture
def berlin_mission(demo):
    from habar.missions.models import MissionPage

    return MissionPage.objects.get(url_path__startswith="/habar-demo-berlin-de/")


def test_berlin_is_a_mission_with_its_emergency_phone_and_hours(berlin_mission):
    from habar.missions.models import MissionDetails

    details = MissionDetails.objects.get(site__hostname="berlin.localhost")
    assert (details.kind, details.country) == ("embassy", "DE")
    assert details.emergency_phone
    assert {slot.service for slot in details.hours.all()} == {"reception", "consular"}


def test_berlins_header_tells_consular_notices_from_services_and_fees(demo, db, html):
    page = html(Client(SERVER_NAME="berlin.localhost").get("/de/"))

    sections = [a.get_text(strip=True) for a in page.select("nav.sections a")]

    assert "Konsularische Mitteilungen" in sections
    assert "Leistungen und Gebühren" in sections
    assert "Konsularische Dienstleistungen" not in sections


def test_berlin_closes_on_german_and_turkmen_holidays_in_german(berlin_mission):
    this_year = berlin_mission.closures.order_by("date").first().date.year
    closures = {(c.date.month, c.date.day): c.name for c in berlin_mission.closures.all()}
    assert closures[(10, 3)] == "Tag der Deutschen Einheit"
    assert closures[(12, 25)] == "1. Weihnachtstag"
    assert closures[(12, 26)] == "2. Weihnachtstag"
    assert closures[(9, 27)] == "Unabhängigkeitstag Turkmenistans"
    assert {c.date.year for c in berlin_mission.closures.all()} == {this_year, this_year + 1}


def test_every_demo_embassy_has_a_page_in_each_of_its_languages(demo):
    from habar.missions.models import MissionPage

    for key, languages in [("berlin", 4), ("seoul", 3), ("tehran", 4)]:
        pages = MissionPage.objects.filter(slug="embassy", url_path__contains=f"-{key}-")
        assert pages.live().count() == languages
        assert len({page.translation_key for page in pages}) == 1


def test_the_ministry_lists_its_missions_in_its_languages(demo):
    from habar.missions.models import MissionDirectoryPage

    directories = MissionDirectoryPage.objects.live().select_related("locale")
    assert sorted(page.locale.language_code for page in directories) == ["en", "ru", "tk"]


def test_embassy_administrators_may_edit_their_mission_details(demo):
    from wagtail.models import GroupSitePermission

    granted = GroupSitePermission.objects.filter(
        permission__codename="change_missiondetails", site__hostname="berlin.localhost"
    )
    assert granted.count() == 1
