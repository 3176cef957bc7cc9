"""Pages built the way an editor builds them: always added under a parent in the tree."""

import datetime
import zoneinfo
from dataclasses import dataclass, field

import factory
from django.utils.text import slugify
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from habar.news.models import ArticleIndexPage, ArticlePage, HomePage
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory

ASHGABAT = zoneinfo.ZoneInfo("Asia/Ashgabat")


def ashgabat(year, month, day, hour=12, minute=0):
    """An aware datetime in the platform's time zone, where dates are shown."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ASHGABAT)


class PageFactory(factory.django.DjangoModelFactory):
    """Wagtail pages live in a tree: `parent` says where; it is never a model field."""

    title = factory.Sequence(lambda n: f"Page {n}")
    # Titles in Cyrillic slugify to nothing without Unicode slugs: fall back to a number.
    slug = factory.LazyAttributeSequence(lambda o, n: slugify(o.title) or f"page-{n}")
    live = True
    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent, **kwargs):
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        return page


class HomePageFactory(PageFactory):
    title = "Ministry of Foreign Affairs"
    locale = factory.SubFactory(LocaleFactory)
    slug = factory.LazyAttribute(lambda o: f"home-{o.locale.language_code}")

    class Meta:
        model = HomePage


class ArticleIndexPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Section {n}")
    parent = factory.SubFactory(HomePageFactory)

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Article number {n}")
    parent = factory.SubFactory(ArticleIndexPageFactory)
    publication_date = factory.Sequence(lambda n: ashgabat(2024, 1, 1) + datetime.timedelta(days=n))
    summary = factory.LazyAttribute(lambda o: f"Summary of {o.title}.")
    body = factory.LazyAttribute(lambda o: [("paragraph", RichText(f"<p>Text of {o.title}.</p>"))])

    class Meta:
        model = ArticlePage


SECTIONS = {
    "politics": {"en": "Politics", "ru": "Политика", "tk": "Syýasat"},
    "economy": {"en": "Economy", "ru": "Экономика", "tk": "Ykdysadyýet"},
}
HOME_TITLES = {
    "en": "Ministry of Foreign Affairs",
    "ru": "Министерство иностранных дел",
    "tk": "Daşary işler ministrligi",
}


@dataclass
class SiteTree:
    site: Site
    settings: object
    homes: dict = field(default_factory=dict)
    sections: dict = field(default_factory=dict)

    def section(self, key="politics", language="en"):
        return self.sections[language][key]


def build_site_tree(languages=("en", "ru", "tk"), default_language="tk", hostname="testserver"):
    """One site, a home page per language (translations of each other) and two sections each.

    Replaces Wagtail's welcome page, so the tree's site is the only, default, site.
    """
    Page.objects.filter(depth=2).delete()  # Wagtail's welcome page, and its Site with it
    homes = {}
    for code in languages:
        english = homes.get("en")
        extra = {"translation_key": english.translation_key} if english else {}
        homes[code] = HomePageFactory(
            title=HOME_TITLES[code], locale=LocaleFactory(language_code=code), **extra
        )
    sections = {code: {} for code in languages}
    for key, titles in SECTIONS.items():
        for code in languages:
            english = sections.get("en", {}).get(key)
            extra = {"translation_key": english.translation_key} if english else {}
            sections[code][key] = ArticleIndexPageFactory(
                title=titles[code], slug=key, parent=homes[code], **extra
            )
    site = SiteFactory(hostname=hostname, root_page=homes[default_language], is_default_site=True)
    site_settings = SiteSettingsFactory(
        site=site, languages=list(languages), default_language=default_language
    )
    return SiteTree(site=site, settings=site_settings, homes=homes, sections=sections)
