"""Build (or bring up to date) the demo network; running it again changes nothing."""

import zoneinfo
from datetime import datetime

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from habar.news.models import ArticleIndexPage, ArticlePage, HomePage
from habar.sites.models import SiteSettings
from habar.stats.models import PageViewDay, PageViewTotal

from .content import SECTIONS, generated_articles
from .seed import LAST_NEWS, SEED_ARTICLE

# Demo home pages carry this slug prefix: it is how the demo tells its own pages from
# content somebody wrote, which it must never touch.
DEMO_SLUG_PREFIX = "habar-demo-"
LANGUAGES = ["tk", "ru", "en"]
MINISTRY = {
    "key": "ministry",
    "hostname": "localhost",
    "time_zone": "Asia/Ashgabat",
    "languages": ["tk", "ru", "en"],
    "default_language": "tk",
    "title": {
        "en": "Ministry of Foreign Affairs of Turkmenistan",
        "ru": "Министерство иностранных дел Туркменистана",
        "tk": "Türkmenistanyň Daşary işler ministrligi",
    },
    "address": "Archabil Avenue 108, Ashgabat, Turkmenistan",
    "phone": "+993 12 44-57-36",
    "email": "press@mfa.gov.tm.example",
}
WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"


def wagtail_welcome_pages():
    """The placeholder page Wagtail's first migration creates, if nobody has touched it."""
    return Page.objects.filter(depth=2, slug="home", title=WAGTAIL_WELCOME_TITLE, numchild=0)


def foreign_pages():
    """Pages that neither the demo nor Wagtail's installer made: somebody's real content."""
    pages = Page.objects.filter(depth__gte=2).exclude(pk__in=wagtail_welcome_pages().values("pk"))
    for path in Page.objects.filter(depth=2, slug__startswith=DEMO_SLUG_PREFIX).values_list(
        "path", flat=True
    ):
        pages = pages.exclude(path__startswith=path)
    return pages


class DemoBuilder:
    def __init__(self, port=8000, log=print):
        self.port = port
        self.log = log
        self.stats = {"created": 0, "updated": 0}

    @transaction.atomic
    def build(self):
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
        }
        homes = self.build_site(MINISTRY)
        sections = self.build_sections(homes)
        tz = zoneinfo.ZoneInfo(MINISTRY["time_zone"])
        for article in generated_articles():
            self.upsert_article(sections["en"][article["section"]], article, tz)
        self.upsert_article(sections["en"][SEED_ARTICLE["section"]], SEED_ARTICLE, tz)
        for date, section, title in LAST_NEWS:
            self.upsert_article(
                sections["en"][section],
                {"title": title, "section": section, "date": date, "body": [], "views": 0},
                tz,
            )
        return self.stats

    def build_site(self, spec):
        root = Page.get_first_root_node()
        homes = {}
        for code in ["en"] + [c for c in spec["languages"] if c != "en"]:
            # Root-level slugs never show in URLs, but Wagtail wants them unique.
            slug = f"{DEMO_SLUG_PREFIX}{spec['key']}-{code}"
            home = HomePage.objects.filter(depth=2, slug=slug, locale=self.locales[code]).first()
            if home is None:
                translation_of = homes.get("en")
                home = HomePage(title=spec["title"][code], slug=slug, locale=self.locales[code])
                if translation_of is not None:
                    home.translation_key = translation_of.translation_key
                root.add_child(instance=home)
            homes[code] = home
        # Link the translations made before English existed on an earlier run.
        for home in homes.values():
            if home.translation_key != homes["en"].translation_key:
                home.translation_key = homes["en"].translation_key
                home.save(update_fields=["translation_key"])

        welcome = list(wagtail_welcome_pages())
        site = (
            Site.objects.filter(hostname=spec["hostname"]).first()
            or Site.objects.filter(root_page__in=welcome).first()
            or Site(hostname=spec["hostname"])
        )
        site.hostname = spec["hostname"]
        site.port = self.port
        site.site_name = spec["title"]["en"]
        site.root_page = homes[spec["default_language"]]
        site.is_default_site = spec["key"] == "ministry"
        site.save()
        for page in welcome:
            page.delete()

        settings = SiteSettings.for_site(site)
        settings.name = spec["title"]["en"]
        settings.languages = spec["languages"]
        settings.default_language = spec["default_language"]
        settings.time_zone = spec["time_zone"]
        settings.address = spec["address"]
        settings.phone = spec["phone"]
        settings.email = spec["email"]
        settings.save()
        self.site = site
        return homes

    def build_sections(self, homes):
        sections = {code: {} for code in homes}
        for key, titles in SECTIONS.items():
            source = None
            for code in ["en"] + [c for c in homes if c != "en"]:
                home = homes[code]
                section = ArticleIndexPage.objects.child_of(home).filter(slug=key).first()
                if section is None:
                    section = ArticleIndexPage(title=titles[code], slug=key, locale=home.locale)
                    if source is not None:
                        section.translation_key = source.translation_key
                    home.add_child(instance=section)
                source = source or section
                sections[code][key] = section
        return sections

    def upsert_article(self, section, data, tz):
        when = datetime.strptime(data["date"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)
        slug = slugify(data["title"])[:200].strip("-")
        body = [("paragraph", RichText(f"<p>{escape(p)}</p>")) for p in data["body"]]
        article = ArticlePage.objects.child_of(section).filter(slug=slug).first()
        fields = {
            "title": data["title"],
            "publication_date": when,
            "first_published_at": when,
            "last_published_at": when,
            "summary": data.get("summary", ""),
            "body": body,
        }
        if article is None:
            article = ArticlePage(slug=slug, locale=section.locale, live=True, **fields)
            section.add_child(instance=article)
            self.stats["created"] += 1
        else:
            for name, value in fields.items():
                setattr(article, name, value)
            article.save()
            self.stats["updated"] += 1
        if data["views"] and not PageViewTotal.objects.filter(page=article).exists():
            PageViewTotal.objects.create(page=article, views=data["views"])
            PageViewDay.objects.create(page=article, day=when.date(), views=data["views"])
        return article
