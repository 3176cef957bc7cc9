"""The ministry's official statements in the demo, and a sample urgent notice (expired, so
the demo's pages show none until an editor posts one). Running it again changes nothing."""

import datetime
import zoneinfo

from django.utils.html import escape
from wagtail.models import Site
from wagtail.rich_text import RichText

from habar.core.text import ascii_slug
from habar.news.models import ArticleIndexPage, ArticlePage, HomePage
from habar.notices.models import Notice, NoticeText

ASHGABAT = zoneinfo.ZoneInfo("Asia/Ashgabat")
SECTION = "politics"
# Older than the ministry's ten newest news (habar.demo.seed.LAST_NEWS), which stay the
# latest-news list.
STATEMENTS = [
    {
        "date": datetime.datetime(2025, 6, 12, 18, 0, tzinfo=ASHGABAT),
        "en": {
            "title": "Statement of the Ministry of Foreign Affairs on the Caspian Sea",
            "summary": "Turkmenistan reaffirms its commitment to the Caspian Sea as a sea of "
            "peace, friendship and cooperation.",
            "body": [
                "The Ministry of Foreign Affairs of Turkmenistan reaffirms the country's "
                "commitment to the Caspian Sea as a sea of peace, friendship and cooperation.",
                "Turkmenistan calls on all Caspian states to implement the Convention on the "
                "Legal Status of the Caspian Sea in full and to settle any question through "
                "dialogue.",
            ],
        },
        "ru": {
            "title": "Заявление Министерства иностранных дел о Каспийском море",
            "summary": "Туркменистан подтверждает приверженность Каспию как морю мира, дружбы "
            "и сотрудничества.",
            "body": [
                "Министерство иностранных дел Туркменистана подтверждает приверженность страны "
                "Каспийскому морю как морю мира, дружбы и сотрудничества.",
                "Туркменистан призывает все прикаспийские государства в полной мере выполнять "
                "Конвенцию о правовом статусе Каспийского моря и решать любые вопросы путём "
                "диалога.",
            ],
        },
        "tk": {
            "title": "Daşary işler ministrliginiň Hazar deňzi barada beýanaty",
            "summary": "Türkmenistan Hazary parahatçylygyň, dostlugyň we hyzmatdaşlygyň deňzi "
            "hökmünde goldaýandygyny tassyklaýar.",
            "body": [
                "Türkmenistanyň Daşary işler ministrligi ýurduň Hazar deňzine parahatçylygyň, "
                "dostlugyň we hyzmatdaşlygyň deňzi hökmünde ygrarlydygyny tassyklaýar.",
                "Türkmenistan Hazarýaka döwletleriniň ählisini Hazar deňziniň hukuk ýagdaýy "
                "hakyndaky Konwensiýany doly ýerine ýetirmäge we islendik meseläni gepleşikler "
                "arkaly çözmäge çagyrýar.",
            ],
        },
    },
    {
        "date": datetime.datetime(2025, 3, 21, 12, 0, tzinfo=ASHGABAT),
        "en": {
            "title": "Information for the media on the consular reception of citizens",
            "summary": "From 1 April the embassies and consulates receive citizens by "
            "appointment made online.",
            "body": [
                "From 1 April 2025 the embassies and consulates of Turkmenistan receive "
                "citizens on consular matters by appointment, made online on each mission's "
                "site.",
                "Citizens in an emergency are received without an appointment and may call "
                "the mission's 24-hour line at any time.",
            ],
        },
        "ru": {
            "title": "Информация для СМИ о консульском приёме граждан",
            "summary": "С 1 апреля посольства и консульства принимают граждан по записи "
            "через интернет.",
            "body": [
                "С 1 апреля 2025 года посольства и консульства Туркменистана принимают граждан "
                "по консульским вопросам по записи, сделанной через сайт каждого "
                "представительства.",
                "Граждане в экстренной ситуации принимаются без записи и могут в любое время "
                "позвонить на круглосуточную линию представительства.",
            ],
        },
        "tk": {
            "title": "Raýatlaryň konsullyk kabul edilişi barada köpçülikleýin habar beriş "
            "serişdeleri üçin maglumat",
            "summary": "1-nji aprelden ilçihanalar we konsullyklar raýatlary internet arkaly "
            "ýazylyş boýunça kabul edýärler.",
            "body": [
                "2025-nji ýylyň 1-nji aprelinden Türkmenistanyň ilçihanalary we konsullyklary "
                "raýatlary konsullyk meseleleri boýunça her wekilhananyň saýtynda internet "
                "arkaly ýazylyş boýunça kabul edýärler.",
                "Gyssagly ýagdaýdaky raýatlar ýazylyşsyz kabul edilýär we islendik wagt "
                "wekilhananyň gije-gündiz işleýän telefonyna jaň edip bilerler.",
            ],
        },
    },
]
SAMPLE_NOTICE = {
    "en": "Sample notice: the consular section is closed today for a technical reason.",
    "ru": "Пример уведомления: консульский отдел сегодня закрыт по техническим причинам.",
    "tk": "Bildiriş nusgasy: konsullyk bölümi şu gün tehniki sebäbe görä ýapyk.",
    "de": "Beispielhinweis: Die Konsularabteilung ist heute aus technischen Gründen geschlossen.",
    "ko": "공지 예시: 영사과는 기술적인 사유로 오늘 휴무합니다.",
}


def ministry_homes():
    ministry = Site.objects.get(is_default_site=True)
    homes = HomePage.objects.filter(translation_key=ministry.root_page.translation_key)
    return ministry, {home.locale.language_code: home for home in homes.select_related("locale")}


def upsert_statement(section, text, when, translation_of=None):
    slug = ascii_slug(text["title"])
    statement = ArticlePage.objects.child_of(section).filter(slug=slug).first()
    if statement is not None:
        return statement
    statement = ArticlePage(
        title=text["title"],
        slug=slug,
        locale=section.locale,
        live=True,
        kind=ArticlePage.Kind.STATEMENT,
        publication_date=when,
        first_published_at=when,
        last_published_at=when,
        summary=text["summary"],
        body=[("paragraph", RichText(f"<p>{escape(p)}</p>")) for p in text["body"]],
    )
    if translation_of is not None:
        statement.translation_key = translation_of.translation_key
    section.add_child(instance=statement)
    return statement


def build_sample_notice(ministry):
    """To Berlin and Seoul, long expired: a model for editors, shown to no reader."""
    if NoticeText.objects.filter(text=SAMPLE_NOTICE["en"]).exists():
        return
    notice = Notice(
        origin=ministry,
        starts_at=datetime.datetime(2025, 7, 1, 9, 0, tzinfo=ASHGABAT),
        expires_at=datetime.datetime(2025, 7, 1, 18, 0, tzinfo=ASHGABAT),
    )
    notice.sites = Site.objects.filter(hostname__in=["berlin.localhost", "seoul.localhost"])
    notice.texts = [NoticeText(language=code, text=text) for code, text in SAMPLE_NOTICE.items()]
    notice.save()


def build_statements():
    """The ministry's two statements in Turkmen, Russian and English, and the sample notice."""
    ministry, homes = ministry_homes()
    for item in STATEMENTS:
        original = None
        for code in ("en", "ru", "tk"):
            section = ArticleIndexPage.objects.child_of(homes[code]).get(slug=SECTION)
            statement = upsert_statement(section, item[code], item["date"], original)
            original = original or statement
    build_sample_notice(ministry)
