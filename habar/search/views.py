import datetime
from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from django.views.decorators.cache import cache_control
from wagtail.models import Site

from habar.news.chrome import site_chrome
from habar.news.models import ArticleIndexPage, ArticlePage, paginate

from .forms import MAX_QUERY_LENGTH, SearchForm
from .highlight import Highlighter, words

RESULTS_PER_PAGE = 20


@dataclass
class Result:
    page: ArticlePage
    title: SafeString
    snippet: SafeString


def site_home(request):
    """The current site's home page in the active language; 404 where it has none."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    home = (
        site.root_page.get_translations(inclusive=True)
        .filter(locale__language_code=translation.get_language())
        .live()
        .first()
    )
    if home is None:
        raise Http404
    return home.specific


def start_of_day(date):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))


def filtered_articles(home, form):
    articles = ArticlePage.objects.live().public().descendant_of(home)
    if form.section_page:
        articles = articles.descendant_of(form.section_page)
    if form.cleaned_data.get("from"):
        articles = articles.filter(publication_date__gte=start_of_day(form.cleaned_data["from"]))
    if form.cleaned_data.get("to"):
        end = form.cleaned_data["to"] + datetime.timedelta(days=1)
        articles = articles.filter(publication_date__lt=start_of_day(end))
    return articles


def body_text(article):
    return " ".join(ArticlePage._meta.get_field("body").get_searchable_content(article.body))


# Results differ only by the URL (the language is in its path): shared caches may keep
# them briefly. The full-page cache does not: it stores Wagtail's page views only.
@cache_control(public=True, max_age=60)
def search(request):
    home = site_home(request)
    chrome = site_chrome(request, home)
    sections = ArticleIndexPage.objects.child_of(home).live().public()
    form = SearchForm(request.GET, sections.only("title", "slug", "path", "depth"))
    context = {
        "form": form,
        "home_page": home,
        "latest_news": chrome["latest_news"],
        "sections": chrome["sections"],
        "language_homes": chrome["homes"],
        "max_query_length": MAX_QUERY_LENGTH,
    }
    if form.is_valid() and form.cleaned_data["q"]:
        query = form.cleaned_data["q"]
        # Only the words go to the search engine: quotes, stars, brackets and operators
        # mean something to SQLite FTS5 and PostgreSQL, and nothing to a reader.
        terms = " ".join(words(query))
        if terms:
            results = filtered_articles(home, form).search(terms, order_by_relevance=True)
        else:
            results = ArticlePage.objects.none()
        results_page = paginate(request, results, RESULTS_PER_PAGE)
        highlighter = Highlighter(terms)
        context |= {
            "query": query,
            "results": results_page,
            "items": [
                Result(
                    page=article,
                    title=highlighter.highlight(article.title),
                    snippet=highlighter.snippet([article.summary, body_text(article)]),
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
    return render(request, "search/search.html", context)
