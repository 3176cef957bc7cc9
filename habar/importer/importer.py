"""Records of an old archive made into pages of one Habar site, one transaction each."""

import datetime
import hashlib
import json
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from habar.core.text import ascii_slug
from habar.news.models import RESERVED_SLUGS, ArticleIndexPage, ArticlePage
from habar.sites.models import SiteSettings
from habar.stats.models import add_views

from .content import BodyBuilder
from .models import ImportedItem
from .records import LISTING, ItemError, detect_language, old_path

CREATED, UPDATED, SKIPPED, FAILED = "created", "updated", "skipped", "failed"
OUTCOMES = (CREATED, UPDATED, SKIPPED, FAILED)
# Old articles carry a date but rarely a time: midday keeps them on that date everywhere.
DEFAULT_TIME = datetime.time(12, 0)
REDIRECT_PATH_LENGTH = Redirect._meta.get_field("old_path").max_length


@dataclass
class Result:
    origin: str
    outcome: str
    reason: str = ""
    source_id: str = ""
    title: str = ""
    language: str = ""
    page_id: int | None = None
    url: str = ""


class Importer:
    def __init__(self, site, *, language=None, section=None, dry_run=False):
        self.site = site
        self.settings = SiteSettings.for_site(site)
        self.tz = self.settings.zone
        self.language = language
        self.section = section
        self.dry_run = dry_run
        homes = site.root_page.get_translations(inclusive=True).select_related("locale")
        self.homes = {
            home.locale.language_code: home
            for home in homes
            if home.locale.language_code in self.settings.languages
        }
        self.translation_links = []

    # One item ------------------------------------------------------------------------

    def import_record(self, record, images):
        result = Result(origin=record.origin, outcome=FAILED, title=record.title)
        try:
            if record.error:
                raise ItemError(record.error)
            self.prepare(record)
            result.language = record.language
            result.source_id = record.identity()
            with transaction.atomic():
                self.save(record, result, images)
                if self.dry_run:
                    transaction.set_rollback(True)
        except ItemError as exc:
            result.outcome, result.reason = FAILED, str(exc)
        except ValidationError as exc:
            result.outcome, result.reason = FAILED, "; ".join(exc.messages)
        except DatabaseError as exc:
            result.outcome = FAILED
            result.reason = _("database refused the item: %(error)s") % {"error": exc}
        except OSError as exc:
            result.outcome = FAILED
            result.reason = _("cannot read a file of the item: %(error)s") % {"error": exc}
        if self.dry_run and result.outcome == CREATED:
            result.page_id = None
        return result

    def prepare(self, record):
        text = f"{record.title} {record.body_html}"
        record.language = self.language or record.language or detect_language(text)
        if record.language not in self.homes:
            raise ItemError(
                _("language %(language)s is not one of the site's (%(languages)s)")
                % {"language": record.language or "?", "languages": ", ".join(self.homes)}
            )
        record.section = record.section or self.section or ""
        if not record.section:
            raise ItemError(_("no section (give one with --section)"))
        if record.kind == LISTING:
            return
        record.title = " ".join(record.title.split())
        if not record.title:
            raise ItemError(_("no headline"))
        if record.published is None:
            raise ItemError(_("no publication date"))
        record.published = self.aware(record.published)

    def aware(self, value):
        if not isinstance(value, datetime.datetime):
            value = datetime.datetime.combine(value, DEFAULT_TIME)
        if value.tzinfo is None:
            value = value.replace(tzinfo=self.tz)
        return value

    def checksum(self, record):
        content = [
            record.kind,
            record.title,
            record.section,
            record.language,
            record.published.isoformat() if record.published else "",
            record.body_html,
            record.views,
            record.old_urls,
            record.translations,
        ]
        raw = json.dumps(content, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(raw.encode()).hexdigest()

    def save(self, record, result, images):
        checksum = self.checksum(record)
        item = (
            ImportedItem.objects.filter(site=self.site, source_id=result.source_id)
            .select_related("page")
            .first()
        )
        notes = []
        if item is not None and item.checksum == checksum:
            result.outcome, result.reason = SKIPPED, _("unchanged since the last import")
            result.page_id, result.url = item.page_id, item.page.get_url()
            self.remember_translations(record, item.page_id, result)
            return
        section = self.find_section(record.language, record.section, notes)
        if record.kind == LISTING:
            page = section
        else:
            body = BodyBuilder(images, fallback_alt=record.title).build(record.body_html)
            notes.extend(body.notes)
            if body.is_empty:
                raise ItemError(_("empty body"))
            page = self.save_article(record, section, body, item, notes)
            previous = item.views if item else 0
            if record.views != previous:
                day = record.published.astimezone(self.tz).date()
                add_views(page.pk, day, record.views - previous)
        paths = self.redirect_old_urls(record, page, notes)
        created = item is None
        if created:
            item = ImportedItem(site=self.site, source_id=result.source_id)
        item.page = page
        item.checksum = checksum
        item.views = record.views if record.kind != LISTING else 0
        item.old_paths = paths
        item.source = record.origin[:1000]
        item.save()
        result.outcome = CREATED if created else UPDATED
        result.page_id, result.url = page.pk, page.get_url()
        result.reason = "; ".join(notes)
        self.remember_translations(record, page.pk, result)

    def find_section(self, language, title, notes):
        home = self.homes[language]
        wanted = title.strip()
        slug = ascii_slug(wanted) or "section"
        sections = ArticleIndexPage.objects.child_of(home).only("title", "slug")
        for section in sections:
            if section.title.casefold() == wanted.casefold() or section.slug == slug:
                return section
        if slug in RESERVED_SLUGS:
            slug = f"{slug}-section"
        slug = self.free_slug(home, slug)
        section = ArticleIndexPage(title=wanted, slug=slug, locale=home.locale)
        home.add_child(instance=section)
        section.save_revision().publish()
        notes.append(_("section %(title)s created") % {"title": wanted})
        return section

    def free_slug(self, parent, base):
        taken = set(
            Page.objects.child_of(parent)
            .filter(slug__startswith=base)
            .values_list("slug", flat=True)
        )
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        return slug

    def save_article(self, record, section, body, item, notes):
        if item is not None:
            page = item.page.specific
            if not isinstance(page, ArticlePage):
                raise ItemError(_("this item's page is no longer an article"))
            if page.get_parent().pk != section.pk:
                page.move(section, pos="last-child")
                page.refresh_from_db()
                notes.append(_("moved to section %(title)s") % {"title": section.title})
        else:
            page = ArticlePage(
                locale=section.locale,
                slug=self.free_slug(section, (ascii_slug(record.title) or "article")),
            )
        page.title = page.draft_title = record.title
        page.publication_date = record.published
        page.body = body.blocks
        if item is None:
            page.live = True
            page.first_published_at = record.published
            section.add_child(instance=page)
        page.save_revision().publish()
        if item is None:
            # The archive's date, not the import's, is when the article last changed.
            ArticlePage.objects.filter(pk=page.pk).update(last_published_at=record.published)
        return page

    def redirect_old_urls(self, record, page, notes):
        page_path = old_path(page.get_url() or "")
        paths = []
        for url in record.old_urls:
            path = old_path(url)
            if len(path) > REDIRECT_PATH_LENGTH:
                notes.append(_("old address too long for a redirect: %(url)s") % {"url": url[:80]})
                continue
            paths.append(path)
            if path == page_path:
                continue
            Redirect.objects.update_or_create(
                site=self.site,
                old_path=path,
                defaults={
                    "redirect_page": page,
                    "redirect_link": "",
                    "redirect_page_route_path": "",
                    "is_permanent": True,
                },
            )
        return paths

    # Translations, once every item is in -------------------------------------------

    def remember_translations(self, record, page_id, result):
        if record.translations and not self.dry_run:
            self.translation_links.append((page_id, record.translations, result))

    def link_translations(self):
        for page_id, references, result in self.translation_links:
            for reference in references:
                note = self.link(page_id, reference)
                if note:
                    result.reason = "; ".join(filter(None, [result.reason, note]))

    def find_page(self, reference):
        candidates = [f"id:{reference}", f"url:{old_path(reference)}"]
        item = ImportedItem.objects.filter(site=self.site, source_id__in=candidates).first()
        if item is not None:
            return item.page
        redirect = Redirect.objects.filter(site=self.site, old_path=old_path(reference)).first()
        return redirect.redirect_page if redirect and redirect.redirect_page_id else None

    @transaction.atomic
    def link(self, page_id, reference):
        page = Page.objects.get(pk=page_id)
        other = self.find_page(reference)
        if other is None:
            return _("translation not found: %(reference)s") % {"reference": reference}
        if other.translation_key == page.translation_key or other.locale_id == page.locale_id:
            return ""
        group = list(Page.objects.filter(translation_key=page.translation_key))
        taken = set(
            Page.objects.filter(translation_key=other.translation_key).values_list(
                "locale_id", flat=True
            )
        )
        if taken & {member.locale_id for member in group}:
            return _("not linked to %(reference)s: that language already has a translation") % {
                "reference": reference
            }
        for member in group:
            member.translation_key = other.translation_key
            member.save(update_fields=["translation_key"], clean=False)
        return _("linked as a translation of %(reference)s") % {"reference": reference}
