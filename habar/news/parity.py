"""Translation parity: which articles of a site lack one of its languages, or lag behind.

The pages of other apps' listings (habar.news.registry: consular services, ...) are
reported beside the articles, their index as a section.

Articles are grouped by Wagtail's `translation_key`. The *source* of a group is the page
created first (the lowest pk) among the group's pages on the site. A translation is *stale*
when the source has a live revision newer than the one the translation was made from or
brought up to date with (its baseline, habar.news.models.baselines); without a baseline,
when the source was published after the translation was last edited or published.

Everything is read in a handful of queries per site and grouped in Python, so the report
costs the same for ten articles as for ten thousand.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.permissions import policy_registry

from habar.news.models import ArticleIndexPage, ArticlePage, TranslationBaseline
from habar.news.registry import index_types, item_types
from habar.sites.models import SiteSettings, default_site_languages

ARTICLE_FIELDS = [
    "title",
    "draft_title",
    "path",
    "depth",
    "live",
    "translation_key",
    "locale",
    "last_published_at",
    "latest_revision_created_at",
    "syndicated_from",
    "live_revision",
]


@dataclass
class Section:
    """A section of a site in all its languages, matched by translation_key."""

    translation_key: object
    pages: list = field(default_factory=list)

    def title(self, language_code=None):
        by_language = {page.locale.language_code: page for page in self.pages}
        page = by_language.get(language_code or get_language()) or self.pages[0]
        return page.draft_title


@dataclass
class StaleTranslation:
    page: ArticlePage
    source_published_at: object

    @property
    def language_code(self):
        return self.page.locale.language_code


@dataclass
class ParityRow:
    source: ArticlePage
    section: Section | None
    translations: list  # every page of the group on the site, source included
    missing: list  # language codes of the site without a page in the group
    stale: list  # StaleTranslation

    @property
    def section_key(self):
        return self.section.translation_key if self.section else None

    @property
    def has_problems(self):
        return bool(self.missing or self.stale)


def last_touched_at(page):
    """When the page was last edited or published, if anything says so."""
    times = [t for t in (page.last_published_at, page.latest_revision_created_at) if t]
    return max(times, default=None)


def is_stale(translation, source, baseline=None):
    """`baseline`: (source id, source revision id) the translation was last brought to."""
    if baseline and baseline[0] == source.pk and baseline[1] and source.live_revision_id:
        return baseline[1] < source.live_revision_id  # revision ids only grow
    # A translation with no revision and never published tells us nothing about its age.
    touched = last_touched_at(translation)
    return bool(source.last_published_at and touched and touched < source.last_published_at)


def descendants_of_any(pages):
    query = Q(pk__in=[])
    for page in pages:
        query |= Q(path__startswith=page.path, depth__gt=page.depth)
    return query


def homes_by_site(sites):
    """Each site's root page and its translations, which together hold the site's pages."""
    sites_by_key = defaultdict(list)
    for site in sites:
        sites_by_key[site.root_page.translation_key].append(site)
    homes = defaultdict(list)
    pages = Page.objects.filter(translation_key__in=sites_by_key)
    for page in pages.only("path", "depth", "translation_key").order_by("path"):
        for site in sites_by_key[page.translation_key]:
            homes[site.pk].append(page)
    return homes


def sites_for_user(user):
    """Sites where the user holds some page permission, on the site's tree or above it.

    Kept on the user object, as Wagtail keeps a user's page permissions: the admin menu's
    items (reports, subscriptions, Telegram posts) and the dashboard ask it of one request.
    """
    remembered = getattr(user, "_habar_sites", None)
    if remembered is None:
        remembered = user._habar_sites = _sites_for_user(user)
    return list(remembered)


def _sites_for_user(user):
    sites = list(Site.objects.select_related("root_page").order_by("site_name", "hostname"))
    if user.is_superuser:
        return sites
    policy = policy_registry.get_by_type(Page)
    paths = [permission.page.path for permission in policy.get_cached_permissions_for_user(user)]
    if not paths:
        return []
    homes = homes_by_site(sites)
    return [
        site
        for site in sites
        if any(
            path.startswith(home.path) or home.path.startswith(path)
            for home in homes[site.pk]
            for path in paths
        )
    ]


def site_languages(site):
    # No get_or_create through SiteSettings.for_site: a report does not write.
    site_settings = SiteSettings.objects.filter(site=site).only("languages").first()
    return list(site_settings.languages) if site_settings else default_site_languages()


@dataclass
class SiteParity:
    site: Site

    @cached_property
    def homes(self):
        return homes_by_site([self.site])[self.site.pk]

    @cached_property
    def languages(self):
        return site_languages(self.site)

    @cached_property
    def sections(self):
        """Sections in tree order, keyed by translation_key."""
        pages = (
            Page.objects.filter(descendants_of_any(self.homes))
            .type(ArticleIndexPage, *index_types())
            .select_related("locale")
            .only("draft_title", "path", "translation_key", "locale")
            .order_by("path")
        )
        sections = {}
        for page in pages:
            sections.setdefault(page.translation_key, Section(page.translation_key))
            sections[page.translation_key].pages.append(page)
        return sections

    def articles(self):
        """Articles and listed pages, by pk: one query per page type."""
        found = []
        for model in [ArticlePage, *item_types()]:
            found += (
                model.objects.filter(descendants_of_any(self.homes))
                .select_related("locale")
                .only(*ARTICLE_FIELDS)
            )
        return sorted(found, key=lambda page: page.pk)

    def baselines(self, pages):
        """(source id, source revision id) by translation id: one query."""
        rows = TranslationBaseline.objects.filter(page_id__in=[page.pk for page in pages])
        return {
            page_id: (source_id, revision_id)
            for page_id, source_id, revision_id in rows.values_list(
                "page_id", "source_id", "source_revision_id"
            )
        }

    def rows(self, section_key=None, only_problems=True):
        """One row per translation group, in section order, newest articles first."""
        groups = defaultdict(list)
        articles = self.articles()
        for article in articles:
            groups[article.translation_key].append(article)  # by pk: the source comes first
        baselines = self.baselines(articles)

        sections = self.sections
        section_order = {key: position for position, key in enumerate(sections)}
        sections_by_path = {page.path: s for s in sections.values() for page in s.pages}
        rows = []
        for pages in groups.values():
            source = pages[0]
            section = sections_by_path.get(source.path[: -Page.steplen])
            if section_key is not None and (
                section is None or section.translation_key != section_key
            ):
                continue
            row = self.row(source, pages, section, baselines)
            if row.has_problems or not only_problems:
                rows.append(row)
        rows.sort(
            key=lambda row: (section_order.get(row.section_key, len(sections)), -row.source.pk)
        )
        return rows

    def row(self, source, pages, section, baselines=None):
        baselines = baselines or {}
        present = {page.locale.language_code for page in pages}
        order = {code: position for position, code in enumerate(self.languages)}
        translations = sorted(
            pages, key=lambda page: order.get(page.locale.language_code, len(order))
        )
        return ParityRow(
            source=source,
            section=section,
            translations=translations,
            missing=[code for code in self.languages if code not in present],
            stale=[
                StaleTranslation(page, source.last_published_at)
                for page in translations
                if page is not source and is_stale(page, source, baselines.get(page.pk))
            ],
        )


def parity_rows(site, section_key=None, only_problems=True):
    """The report's rows for `site`, or for one of its sections (a translation_key)."""
    return SiteParity(site).rows(section_key=section_key, only_problems=only_problems)
