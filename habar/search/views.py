import datetime
from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from django.views.decorators.cache import cache_control

from habar.news.chrome import chrome_context, site_cached, structure_cached
from habar.news.models import ArticleIndexPage, ArticlePage, paginate
from habar.news.registry import item_types
from habar.sites.routing import site_for_request, site_homes

from .backends import Matches, newest_matches
from .forms import MAX_QUERY_LENGTH, SearchForm
from .highlight import Highlighter, words
from .texts import body_texts

RESULTS_PER_PAGE = 20
# Only the newest matches are ranked, and counted: a reader pages through a few of them,
# and ranking every article with a common word would read the whole archive each time.
MAX_RESULTS = 1000
# Pages of other apps' listings (consular services, ...) shown above the news, per type.
MAX_LISTED = 5
# What a result shows of an article: its body only as text (texts.py), read apart.
RESULT_FIELDS = ("title", "url_path", "kind", "publication_date", "summary", "last_published_at")


@dataclass
class Result:
    page: ArticlePage
    title: SafeString
    snippet: SafeString


def site_home(request):
    """The current site's home page in the active language; 404 where it has none."""
    site = site_for_request(request)
    if site is None:
        raise Http404
    home = site_homes(site, request).get(translation.get_language())
    if home is None or not home.live:
        raise Http404
    return home


def start_of_day(date):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))


def searched_page(home, form):
    """The home page, or the section the reader chose, whose articles are searched."""
    return form.section_page or home


def publication_range(form):
    """The start of the first day and of the day after the last, each None if not given."""
    start, end = form.cleaned_data.get("from"), form.cleaned_data.get("to")
    return (
        start_of_day(start) if start else None,
        start_of_day(end + datetime.timedelta(days=1)) if end else None,
    )


def sections_of(request, home, context):
    """The sections the form offers, kept per site structure as the chrome listing them is."""

    def read():
        # The chrome lists the live, public sections already: reading them by id spares the
        # tree query, which PostgreSQL plans badly on a large archive.
        ids = [section["pk"] for section in context["sections"]]
        sections = ArticleIndexPage.objects.filter(pk__in=ids).order_by("path")
        return list(sections.only("title", "slug", "path", "depth"))

    return structure_cached(request, f"search-sections:{home.pk}", read)


def visible_articles(request, home, ids):
    """The page of results `ids` asks for, as articles the reader may see now."""
    results_page = paginate(request, ids, RESULTS_PER_PAGE)
    if not results_page.object_list:
        return results_page  # nothing found: no query to build
    # Read as the reader may see them now: an article unpublished or made private since it
    # was indexed drops out of the page rather than showing.
    articles = (
        ArticlePage.objects.live()
        .public()
        .descendant_of(home)
        .only(*RESULT_FIELDS)
        .in_bulk(results_page.object_list)
    )
    results_page.object_list = [articles[pk] for pk in results_page.object_list if pk in articles]
    return results_page


def listed_pages(request, home):
    """{type label: ids} of the live, public pages of each listed type below `home`, kept
    per site generation: a site has few, searched among by their ids; a type the site has
    none of is not searched at all."""

    def read():
        return {
            model._meta.label: list(
                model.objects.live().public().descendant_of(home).values_list("pk", flat=True)
            )
            for model in item_types()
        }

    return site_cached(request, f"search-listed:{home.pk}", read)


def listed_matches(request, home, form, terms, highlighter):
    """The best matches among the listed pages (habar.news.registry), grouped by type, on
    the first page of a search of the whole site: they have no date or section."""
    if form.section_page or form.data.get("from") or form.data.get("to"):
        return []
    if request.GET.get("page", "1") != "1":
        return []
    groups = []
    listed = listed_pages(request, home)
    for model in item_types():
        ids = listed.get(model._meta.label)
        if not ids:
            continue
        pages = model.objects.filter(pk__in=ids).search(terms)[:MAX_LISTED]
        items = [
            Result(
                page=page,
                title=highlighter.highlight(page.title),
                snippet=highlighter.snippet(page.search_texts()),
            )
            for page in pages
        ]
        if items:
            groups.append({"label": model._meta.verbose_name_plural, "items": items})
    return groups


def results_context(request, home, form):
    """What the template needs to show the results of a valid, non-empty search."""
    query = form.cleaned_data["q"]
    # Only the words go to the search engine: quotes, stars, brackets and operators mean
    # something to SQLite FTS5 and PostgreSQL, and nothing to a reader.
    terms = " ".join(words(query))
    if terms:
        since, until = publication_range(form)
        matches = newest_matches(
            terms, searched_page(home, form), MAX_RESULTS, since=since, until=until
        )
    else:
        matches = Matches()
    results_page = visible_articles(request, home, matches.ids)
    bodies = body_texts(request, home, results_page.object_list)
    highlighter = Highlighter(terms, translation.get_language())
    return {
        "listed": listed_matches(request, home, form, terms, highlighter) if terms else [],
        "query": query,
        "results": results_page,
        "more_results": matches.more,
        "max_results": MAX_RESULTS,
        "items": [
            Result(
                page=article,
                title=highlighter.highlight(article.title),
                snippet=highlighter.snippet((article.summary, bodies.get(article.pk, ""))),
            )
            for article in results_page
        ],
        "unfiltered_query": urlencode({"q": query}),
        "filtered": bool(form.section_page or form.data.get("from") or form.data.get("to")),
        "page_query": urlencode(
            {
                name: form.data[name]
                for name in ("q", "section", "from", "to")
                if form.data.get(name)
            }
        ),
    }


# Results differ only by the URL (the language is in its path): shared caches may keep
# them briefly. The full-page cache does not: it stores Wagtail's page views only.
@cache_control(public=True, max_age=60)
def search(request):
    home = site_home(request)
    context = chrome_context(request, home)
    form = SearchForm(request.GET, sections_of(request, home, context))
    context.update({"form": form, "max_query_length": MAX_QUERY_LENGTH})
    if form.is_valid() and form.cleaned_data["q"]:
        context |= results_context(request, home, form)
    return render(request, "search/search.html", context)
