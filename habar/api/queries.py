"""What each endpoint reads, in a small, fixed number of queries whatever the archive's size."""

import datetime

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from habar.news.models import ArticleIndexPage, ArticlePage, ArticlePageTag
from habar.search.forms import EARLIEST_DATE, LATEST_DATE, MAX_QUERY_LENGTH, clean_text
from habar.search.highlight import words
from habar.sites.models import SiteSettings
from habar.stats.models import shown_views

from .editions import private_q
from .serializers import (
    LEAD_RENDITIONS,
    api_url,
    article_summary,
    block_value,
    body_html,
    parent_path,
    section_ref,
    views_by_page,
)


def language_names(code):
    try:
        info = get_language_info(code)
    except KeyError:
        return code, code
    return info["name"], info["name_local"]


def sites(request, only=None):
    """Every site (or `only` that one) with its languages and their home pages."""
    current = Site.find_for_request(request)
    all_sites = [only] if only else list(Site.objects.order_by("hostname", "port"))
    roots = Page.objects.in_bulk([site.root_page_id for site in all_sites])
    keys = {site.pk: roots[site.root_page_id].translation_key for site in all_sites}
    homes = {
        (home.translation_key, home.locale.language_code): home
        for home in Page.objects.live()
        .filter(translation_key__in=keys.values())
        .exclude(private_q(request))
        .select_related("locale")
    }
    stored = {s.site_id: s for s in SiteSettings.objects.filter(site__in=all_sites)}
    result = []
    for site in all_sites:
        site_settings = stored.get(site.pk) or SiteSettings(site=site)
        is_current = current is not None and site.pk == current.pk
        languages = []
        for code in site_settings.languages:
            home = homes.get((keys[site.pk], code))
            name, name_local = language_names(code)
            path = reverse("habar_api:articles", kwargs={"language": code})
            languages.append(
                {
                    "code": code,
                    "name": name,
                    "name_local": name_local,
                    "url": home.get_full_url(request) if home else None,
                    "api_url": request.build_absolute_uri(path)
                    if is_current
                    else site.root_url + path,
                }
            )
        result.append(
            {
                "id": site.pk,
                "name": site_settings.name or site.site_name or site.hostname,
                "hostname": site.hostname,
                "url": site.root_url,
                "current": is_current,
                "default_language": site_settings.default_language,
                "languages": languages,
                "time_zone": site_settings.time_zone,
                "address": site_settings.address,
                "phone": site_settings.phone,
                "email": site_settings.email,
            }
        )
    return result


def published_articles(request, edition):
    """Live, public articles of one site in one language: never a draft, never another site's."""
    return ArticlePage.objects.descendant_of(edition.home).live().exclude(private_q(request))


def start_of_day(day, time_zone):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min), time_zone)


def articles(
    request, edition, section=None, tag=None, kind=None, date_from=None, date_to=None, q=None
):
    found = published_articles(request, edition).defer_streamfields()
    if section is not None:
        found = found.child_of(section)
    if kind:
        found = found.filter(kind=kind)
    if tag:
        if clean_text(tag, len(tag))[0] != tag:
            # Control characters or stray spaces: no tag is spelt so (and PostgreSQL
            # refuses NUL in text).
            return ArticlePage.objects.none()
        # By id rather than through the tags relation: the search backend filters only on
        # the page's own fields.
        tagged = ArticlePageTag.objects.filter(tag__slug=tag).values("content_object_id")
        found = found.filter(pk__in=tagged)
    # Far dates are as good as the ends of the archive, and they would overflow in UTC.
    if date_from:
        date_from = min(max(date_from, EARLIEST_DATE), LATEST_DATE)
        found = found.filter(publication_date__gte=start_of_day(date_from, edition.time_zone))
    if date_to:
        date_to = min(max(date_to, EARLIEST_DATE), LATEST_DATE)
        next_day = date_to + datetime.timedelta(days=1)
        found = found.filter(publication_date__lt=start_of_day(next_day, edition.time_zone))
    if q:
        # As on the search page: only the words reach the search engine.
        terms = " ".join(words(clean_text(q, MAX_QUERY_LENGTH)[0]))
        if not terms:
            return ArticlePage.objects.none()
        # In the edition's language, whatever the request's: its stemmer makes the words.
        with translation.override(edition.language):
            return found.search(terms, order_by_relevance=True)
    return found.newest_first()


def page_link(request, number):
    query = request.GET.copy()
    query["page"] = number
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def article_page(request, edition, sections, found, number, size):
    paginator = Paginator(found, size)
    try:
        page = paginator.page(number)
    except EmptyPage as exc:
        raise Http404(_("No such page of results.")) from exc
    items = list(page.object_list)
    images = get_image_model().objects.prefetch_renditions(*LEAD_RENDITIONS.values())
    prefetch_related_objects(items, "tags", Prefetch("lead_image", queryset=images))
    views = views_by_page([item.pk for item in items]) if items else {}
    # Each section's reference once, however many of its articles are on the page.
    by_path = {section.path: section_ref(request, section) for section in sections}
    return {
        "count": paginator.count,
        "page": page.number,
        "page_size": size,
        "num_pages": paginator.num_pages,
        "next": page_link(request, page.next_page_number()) if page.has_next() else None,
        "previous": page_link(request, page.previous_page_number())
        if page.has_previous()
        else None,
        "items": [article_summary(request, edition, item, by_path, views) for item in items],
    }


def translations(request, edition, article):
    found = []
    others = (
        Page.objects.live()
        .filter(translation_key=article.translation_key)
        .exclude(pk=article.pk)
        .exclude(private_q(request))
        .select_related("locale")
        .order_by("locale__language_code")
    )
    for other in others:
        code = other.locale.language_code
        parts = other.get_url_parts(request)
        # Only where this site publishes it: its languages, its tree.
        if code not in edition.settings.languages or not parts or parts[0] != edition.site.pk:
            continue
        found.append(
            {
                "id": other.pk,
                "language": code,
                "title": other.title,
                "url": other.get_full_url(request),
                "api_url": api_url(request, "article", language=code, article_id=other.pk),
            }
        )
    return found


def local(moment, edition):
    return timezone.localtime(moment, edition.time_zone) if moment else None


def article_detail(request, edition, article):
    section = ArticleIndexPage.objects.filter(path=parent_path(article)).first()
    summary = article_summary(
        request,
        edition,
        article,
        {section.path: section_ref(request, section)} if section else {},
        {article.pk: shown_views(article.pk)},
    )
    return {
        **summary,
        "canonical_url": article.canonical_url(request),
        "syndicated": article.syndicated_from_id is not None,
        "last_published_at": local(article.last_published_at, edition),
        "date_modified": local(article.date_modified(), edition),
        "changes": [
            {"kind": change.kind, "note": change.note, "date": local(change.date, edition)}
            for change in article.published_changes()
        ],
        "body_html": body_html(request, article.body),
        "body": [
            {"type": child.block_type, "id": child.id, "value": block_value(request, child)}
            for child in article.body
        ],
        "translations": translations(request, edition, article),
    }
