"""Build (or bring up to date) the demo network; running it again changes nothing."""

import zoneinfo
from datetime import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.html import escape
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from habar.accounts.models import SiteGroup
from habar.core.text import ascii_slug
from habar.news.models import ArticleIndexPage, ArticlePage, HomePage
from habar.news.syndication import syndicate
from habar.sites.models import SiteSettings
from habar.stats.models import PageViewDay, PageViewTotal

from .content import SECTIONS, generated_articles
from .seed import LAST_NEWS, SEED_ARTICLE
from .statements import build_statements
from .translations import (
    EMBASSY_NEWS,
    EMBASSY_TITLES,
    LAST_NEWS_BODIES,
    SECTION_TITLES,
    TRANSLATIONS,
)

# Demo home pages carry this slug prefix: it is how the demo tells its own pages from
# content somebody wrote, which it must never touch.
DEMO_SLUG_PREFIX = "habar-demo-"
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
    "sections": SECTIONS,
    "address": "Archabil Avenue 108, Ashgabat, Turkmenistan",
    "phone": "+993 12 44-57-36",
    "email": "press@mfa.gov.tm.example",
}
# Section slug -> its titles in translations.SECTION_TITLES. "news" itself is the
# home page's archive address. An embassy's spec may list more sections ("sections").
EMBASSY_SECTIONS = {"embassy-news": "news", "consular": "consular"}
EMBASSIES = [
    {
        "key": "berlin",
        "hostname": "berlin.localhost",
        "time_zone": "Europe/Berlin",
        "languages": ["de", "tk", "ru", "en"],
        "default_language": "de",
        "address": "Langobardenallee 14, 14052 Berlin, Germany",
        "phone": "+49 30 3010 2451",
        "email": "berlin@embassy.gov.tm.example",
    },
    {
        "key": "seoul",
        "hostname": "seoul.localhost",
        "time_zone": "Asia/Seoul",
        "languages": ["ko", "tk", "en"],
        "default_language": "ko",
        "address": "Hannam-daero 20-gil 21, Yongsan-gu, Seoul, Republic of Korea",
        "phone": "+82 2 790 6713",
        "email": "seoul@embassy.gov.tm.example",
    },
    {
        "key": "tehran",
        "hostname": "tehran.localhost",
        "time_zone": "Asia/Tehran",
        "languages": ["fa", "tk", "ru", "en"],
        "default_language": "fa",
        "sections": {**EMBASSY_SECTIONS, "culture": "culture"},
        "address": "No. 39, 5th Golestan Street, Pasdaran Avenue, Tehran, Iran",
        "phone": "+98 21 2254 2178",
        "email": "tehran@embassy.gov.tm.example",
    },
]
EDITING = ["add_page", "change_page", "lock_page", "unlock_page"]
PUBLISHING = [*EDITING, "publish_page"]
# Group name suffix -> (site role, demo username suffix, page permissions). A site
# administrator also publishes, and manages the site's users and its settings.
ROLES = {
    "editors": (SiteGroup.Role.EDITOR, "editor", EDITING),
    "publishers": (SiteGroup.Role.PUBLISHER, "publisher", PUBLISHING),
    "site administrators": (SiteGroup.Role.ADMINISTRATOR, "admin", PUBLISHING),
}
SITE_ADMINISTRATOR_PERMISSIONS = [("auth", "add_user"), ("auth", "change_user")]
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
    def __init__(self, port=8000, password=None):
        self.port = port
        self.password = password
        self.stats = {"created": 0, "updated": 0}

    @transaction.atomic
    def build(self):
        self.build_ministry()
        for spec in EMBASSIES:
            self.build_embassy(spec)
        build_statements()
        return self.stats

    def locale(self, code):
        return Locale.objects.get_or_create(language_code=code)[0]

    def build_ministry(self):
        homes = self.build_site(MINISTRY)
        sections = self.build_sections(homes, MINISTRY["sections"])
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

    def build_embassy(self, spec):
        spec = {**spec, "title": EMBASSY_TITLES[spec["key"]]}
        homes = self.build_site(spec)
        section_keys = spec.get("sections", EMBASSY_SECTIONS)
        titles = {slug: SECTION_TITLES[key] for slug, key in section_keys.items()}
        slug_of = {key: slug for slug, key in section_keys.items()}
        sections = self.build_sections(homes, titles)
        tz = zoneinfo.ZoneInfo(spec["time_zone"])
        for item in EMBASSY_NEWS[spec["key"]]:
            section = slug_of[item["section"]]
            # An item's first language is the one it was written in; the rest translate it.
            original = None
            for code in [key for key in item if key in homes]:
                data = {**item[code], "date": item["date"]}
                article = self.upsert_article(
                    sections[code][section], data, tz, translation_of=original
                )
                original = original or article
        # The ministry's newest news, syndicated to the embassy's English news section.
        news = sections["en"]["embassy-news"]
        for origin in self.ministry_newest:
            if not ArticlePage.objects.child_of(news).filter(syndicated_from=origin).exists():
                syndicate(origin, news)
        self.build_roles(spec, homes)

    def build_site(self, spec):
        root = Page.get_first_root_node()
        homes = {}
        for code in ["en"] + [c for c in spec["languages"] if c != "en"]:
            # Root-level slugs never show in URLs, but Wagtail wants them unique.
            slug = f"{DEMO_SLUG_PREFIX}{spec['key']}-{code}"
            home = HomePage.objects.filter(depth=2, slug=slug).first()
            if home is None:
                home = HomePage(title=spec["title"][code], slug=slug, locale=self.locale(code))
                if "en" in homes:
                    home.translation_key = homes["en"].translation_key
                root.add_child(instance=home)
            homes[code] = home

        welcome = list(wagtail_welcome_pages())
        site = Site.objects.filter(hostname=spec["hostname"]).first()
        if site is None and spec is MINISTRY:
            site = Site.objects.filter(root_page__in=welcome).first()
        site = site or Site(hostname=spec["hostname"])
        site.hostname = spec["hostname"]
        site.port = self.port
        site.site_name = spec["title"]["en"]
        site.root_page = homes[spec["default_language"]]
        site.is_default_site = spec is MINISTRY
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
        return homes

    def build_sections(self, homes, titles):
        sections = {code: {} for code in homes}
        for key, title in titles.items():
            source = None
            for code, home in homes.items():
                section = ArticleIndexPage.objects.child_of(home).filter(slug=key).first()
                if section is None:
                    section = ArticleIndexPage(title=title[code], slug=key, locale=home.locale)
                    if source is not None:
                        section.translation_key = source.translation_key
                    home.add_child(instance=section)
                source = source or section
                sections[code][key] = section
        return sections

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
        """Per-site editors, publishers and site administrators: each sees and edits only
        their own site; its administrators also manage its users and its settings."""
        collection = self.site_collection(spec)
        site = Site.objects.get(root_page__in=homes.values())
        access_admin = Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
        submit_translation = Permission.objects.get(
            content_type__app_label="simple_translation", codename="submit_translation"
        )
        for name, (site_role, username, codenames) in ROLES.items():
            group, _ = Group.objects.get_or_create(name=f"{spec['title']['en']}: {name}")
            SiteGroup.objects.update_or_create(
                group=group, defaults={"site": site, "role": site_role}
            )
            group.permissions.add(access_admin, submit_translation)
            for home in homes.values():
                for codename in codenames:
                    GroupPagePermission.objects.get_or_create(
                        group=group,
                        page=home,
                        permission=Permission.objects.get(
                            content_type__app_label="wagtailcore", codename=codename
                        ),
                    )
            for model, model_codenames in [
                ("image", ["add_image", "change_image", "choose_image"]),
                ("document", ["add_document", "change_document", "choose_document"]),
            ]:
                for codename in model_codenames:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=collection,
                        permission=Permission.objects.get(
                            content_type__model=model, codename=codename
                        ),
                    )
            if site_role == SiteGroup.Role.ADMINISTRATOR:
                self.grant_site_administration(group, site)
            user = self.user(f"{spec['key']}-{username}", time_zone=spec["time_zone"])
            user.groups.add(group)
        self.build_review_workflow(spec, homes)

    def grant_site_administration(self, group, site):
        # The user admin (habar.accounts) narrows these to the site's own groups' members.
        for app_label, codename in SITE_ADMINISTRATOR_PERMISSIONS:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        GroupSitePermission.objects.get_or_create(
            group=group,
            site=site,
            permission=Permission.objects.get(
                content_type__app_label="habar_sites", codename="change_sitesettings"
            ),
        )

    def build_review_workflow(self, spec, homes):
        """Editors submit; the site's publishers approve or ask for changes, then publish."""
        publishers = Group.objects.get(name=f"{spec['title']['en']}: publishers")
        task, _ = GroupApprovalTask.objects.get_or_create(
            name=f"{spec['title']['en']}: review by publishers"
        )
        task.groups.set([publishers])
        workflow, _ = Workflow.objects.get_or_create(name=f"{spec['title']['en']}: news review")
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        for home in homes.values():
            WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})

    def site_collection(self, spec):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=spec["title"]["en"]).first()
        return existing or root.add_child(name=spec["title"]["en"])

    def user(self, username, time_zone=None):
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost"}
        )
        if self.password:
            user.set_password(self.password)
            user.save()
        if time_zone:
            # The admin shows and reads dates (go-live, expiry) in the site's own time.
            profile = UserProfile.get_for_user(user)
            profile.current_time_zone = time_zone
            profile.save(update_fields=["current_time_zone"])
        return user
