"""Build (or bring up to date) the demo network; running it again changes nothing.

The sites, their sections, groups, review workflows and accounts come from network.toml,
applied as `habar network apply` applies any network file; the articles are written here.
"""

import dataclasses
import zoneinfo
from datetime import datetime
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from habar.accounts.models import SiteGroup
from habar.core.indexing import indexed_once
from habar.core.text import ascii_slug
from habar.network.apply import apply_network
from habar.network.roles import EDITING, PUBLISHING, apply_accounts, apply_groups, apply_review
from habar.network.schema import AccountSpec, load
from habar.network.sites import Changes, sections_of, wagtail_welcome_pages
from habar.news.models import ArticlePage
from habar.news.syndication import syndicate
from habar.stats.models import PageViewDay, PageViewTotal

from .consular import build_consular_services
from .content import generated_articles
from .missions import build_missions
from .seed import LAST_NEWS, SEED_ARTICLE
from .statements import build_statements
from .translations import EMBASSY_NEWS, LAST_NEWS_BODIES, TRANSLATIONS

# Demo home pages carry this slug prefix: it is how the demo tells its own pages from
# content somebody wrote, which it must never touch.
DEMO_SLUG_PREFIX = "habar-demo-"
NETWORK_FILE = Path(__file__).with_name("network.toml")
NETWORK = load(NETWORK_FILE.read_text(encoding="utf-8"))


def spec_dict(spec):
    """A site of the network file as the demo's own code reads it."""
    return {
        "key": spec.key,
        "hostname": spec.hostname,
        "time_zone": spec.time_zone,
        "languages": spec.languages,
        "default_language": spec.default_language,
        "title": spec.names,
        "sections": spec.sections,
    }


MINISTRY = next(spec_dict(spec) for spec in NETWORK if spec.default)
EMBASSIES = [spec_dict(spec) for spec in NETWORK if not spec.default]
# The section (slug) each embassy news item's "section" goes to.
EMBASSY_SECTIONS = {"news": "embassy-news", "consular": "consular", "culture": "culture"}
# Group name suffix -> (site role, demo username suffix, page permissions). A site
# administrator also publishes, and manages the site's users and its settings.
ROLES = {
    "editors": (SiteGroup.Role.EDITOR, "editor", EDITING),
    "publishers": (SiteGroup.Role.PUBLISHER, "publisher", PUBLISHING),
    "site administrators": (SiteGroup.Role.ADMINISTRATOR, "admin", PUBLISHING),
}


def foreign_pages():
    """Pages that neither the demo nor Wagtail's installer made: somebody's real content."""
    pages = Page.objects.filter(depth__gte=2).exclude(pk__in=wagtail_welcome_pages().values("pk"))
    for path in Page.objects.filter(depth=2, slug__startswith=DEMO_SLUG_PREFIX).values_list(
        "path", flat=True
    ):
        pages = pages.exclude(path__startswith=path)
    return pages


class DemoBuilder:
    def __init__(self, port=8000, password=None):
        self.port = port
        self.password = password
        self.stats = {"created": 0, "updated": 0}

    @transaction.atomic
    def build(self):
        network = [dataclasses.replace(spec, port=self.port) for spec in NETWORK]
        with indexed_once():
            outcome = apply_network(network, home_slug_prefix=DEMO_SLUG_PREFIX)
            self.build_ministry(outcome.homes[MINISTRY["key"]])
            for spec in EMBASSIES:
                self.build_embassy(spec, outcome.homes[spec["key"]])
            build_consular_services()
            build_missions()
            build_statements()
        return self.stats

    def build_ministry(self, homes):
        sections = sections_of(homes)
        tz = zoneinfo.ZoneInfo(MINISTRY["time_zone"])
        for article in generated_articles():
            self.upsert_article(sections["en"][article["section"]], article, tz)
        newest = [self.upsert_article(sections["en"]["politics"], SEED_ARTICLE, tz)]
        for date, section, title in LAST_NEWS:
            body = LAST_NEWS_BODIES[title]
            data = {"title": title, "date": date, "body": body, "summary": body[0]}
            newest.append(self.upsert_article(sections["en"][section], data, tz))
        for article in newest:
            for code, text in TRANSLATIONS[article.title].items():
                section = sections[code][article.get_parent().slug]
                data = {**text, "date": article.publication_date.astimezone(tz)}
                self.upsert_article(section, data, tz, translation_of=article)
        self.ministry_newest = newest[1:]
        self.build_roles(MINISTRY, homes)

    def build_embassy(self, spec, homes):
        sections = sections_of(homes)
        tz = zoneinfo.ZoneInfo(spec["time_zone"])
        for item in EMBASSY_NEWS[spec["key"]]:
            section = EMBASSY_SECTIONS[item["section"]]
            # An item's first language is the one it was written in; the rest translate it.
            original = None
            for code in [key for key in item if key in homes]:
                data = {**item[code], "date": item["date"]}
                article = self.upsert_article(
                    sections[code][section], data, tz, translation_of=original
                )
                original = original or article
        # The ministry's newest news, syndicated to the embassy's news section in each
        # language both publish (tk, ru and en for Berlin; tk and en for Seoul).
        news = {code: by_slug["embassy-news"] for code, by_slug in sections.items()}
        for origin in self.ministry_newest:
            copies = ArticlePage.objects.filter(
                syndicated_from__translation_key=origin.translation_key
            )
            languages = set(news) & set(
                origin.get_translations(inclusive=True).values_list(
                    "locale__language_code", flat=True
                )
            )
            if any(not copies.child_of(news[code]).exists() for code in languages):
                syndicate(origin, news["en"])
        self.build_roles(spec, homes)

    def upsert_article(self, section, data, tz, translation_of=None):
        when = data["date"]
        if isinstance(when, str):
            when = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
        slug = ascii_slug(data["title"])
        body = [("paragraph", RichText(f"<p>{escape(p)}</p>")) for p in data["body"]]
        article = ArticlePage.objects.child_of(section).filter(slug=slug).first()
        fields = {
            "title": data["title"],
            "draft_title": data["title"],
            "publication_date": when,
            "first_published_at": when,
            "last_published_at": when,
            "summary": data.get("summary", ""),
            "body": body,
        }
        if article is None:
            article = ArticlePage(slug=slug, locale=section.locale, live=True, **fields)
            if translation_of is not None:
                article.translation_key = translation_of.translation_key
            section.add_child(instance=article)
            self.stats["created"] += 1
        else:
            for name, value in fields.items():
                setattr(article, name, value)
            article.save()
            self.stats["updated"] += 1
        views = data.get("views", 0)
        if views and not PageViewTotal.objects.filter(page=article).exists():
            PageViewTotal.objects.create(page=article, views=views)
            PageViewDay.objects.create(page=article, day=when.date(), views=views)
        return article

    def build_roles(self, spec, homes):
        """Per-site editors, publishers and site administrators (as the network file gives
        every site: each sees and edits only their own site; its administrators also manage
        its users and its settings), with the demo's password."""
        site = Site.objects.get(root_page__in=homes.values())
        changes = Changes()
        groups = apply_groups(site, homes, spec["title"]["en"], changes)
        apply_review(spec["title"]["en"], homes, groups["publisher"], True, changes)
        accounts = [
            AccountSpec(f"{spec['key']}-{username}", f"{spec['key']}-{username}@localhost", role)
            for role, username, _permissions in ROLES.values()
        ]
        apply_accounts(spec["key"], groups, accounts, spec["time_zone"], changes)
        for account in accounts:
            self.user(account.username)

    def user(self, username):
        user = get_user_model().objects.get(username=username)
        if self.password:
            user.set_password(self.password)
            user.save()
        return user
