"""The public, read-only JSON API: sites, sections, articles and consular services
(services.py) of the site the request's host names, per language. Mounted at /api/v1/;
schema at /api/v1/openapi.json.

Wagtail 8's own API (wagtail.api.v3, also django-ninja) serves every page type and writes
with tokens; this one answers only what readers can already see, in the shape of news.
"""

import datetime
import re
from typing import Annotated, Literal

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Path, Query
from ninja.errors import HttpError, ValidationError
from pydantic import BeforeValidator

from habar.news.models import ArticlePage
from habar.search.forms import MAX_QUERY_LENGTH

from . import missions, queries, schemas
from .editions import current_site, edition_for, sections_of
from .params import ERRORS, MAX_PAGE_ID, LanguagePath
from .serializers import api_url, section_ref
from .services import router as services_router
from .throttling import ClientAddressThrottle

PAGE_SIZE = 20
MAX_PAGE_NUMBER = 100_000
SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(value):
    # Pydantic alone also reads numbers as Unix times ("0" would be 1 January 1970).
    if isinstance(value, str) and not ISO_DAY.fullmatch(value):
        raise ValueError(_("Expected a day as YYYY-MM-DD."))
    return value


Day = Annotated[datetime.date, BeforeValidator(iso_day)]

api = NinjaAPI(
    title="Habar API",
    version="1",
    description=(
        "Read-only news of the site the request is sent to (its host name), per language. "
        "Responses carry an ETag (send If-None-Match for a 304) and may be cached publicly "
        "for the time Cache-Control says. Requests are limited per client address: a 429 "
        "answer's Retry-After tells when to try again."
    ),
    urls_namespace="habar_api",
    openapi_url="/openapi.json",
    docs_url="/docs/",
    throttle=[ClientAddressThrottle()],
)


api.add_router("/missions/", missions.router)


def error(request, status, detail, errors=()):
    return api.create_response(
        request, {"detail": str(detail), "errors": list(errors)}, status=status
    )


api.add_router("/", services_router)


@api.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    return error(
        request,
        400,
        _("Invalid request parameters."),
        [
            {
                "location": ".".join(str(part) for part in problem.get("loc", ())),
                "message": str(problem.get("msg", "")),
            }
            for problem in exc.errors
        ],
    )


@api.exception_handler(Http404)
def not_found(request, exc):
    return error(request, 404, str(exc) or _("Not found."))


@api.exception_handler(HttpError)
def http_error(request, exc):
    detail = _("Too many requests.") if exc.status_code == 429 else str(exc)
    return error(request, exc.status_code, detail)


def edition_and_sections(request, language):
    edition = edition_for(request, language)
    return edition, sections_of(request, edition)


@api.get(
    "/sites/",
    response={200: list[schemas.Site], **ERRORS},
    url_name="sites",
    summary="The sites of the network and their languages",
    tags=["sites"],
)
def list_sites(request):
    return queries.sites(request)


@api.get(
    "/site/",
    response={200: schemas.Site, **ERRORS},
    url_name="site",
    summary="The site this request is sent to",
    tags=["sites"],
)
def this_site(request):
    site = current_site(request)
    return queries.sites(request, only=site)[0]


@api.get(
    "/{language}/sections/",
    response={200: list[schemas.Section], **ERRORS},
    url_name="sections",
    summary="The site's sections in one language",
    tags=["sections"],
)
def list_sections(request, language: Annotated[str, LanguagePath]):
    edition, sections = edition_and_sections(request, language)
    articles = api_url(request, "articles", language=language)
    return [
        {
            **section_ref(request, section),
            "intro": section.intro,
            "articles_url": f"{articles}?section={section.slug}",
        }
        for section in sections
    ]


@api.get(
    "/{language}/articles/",
    response={200: schemas.ArticleList, **ERRORS},
    url_name="articles",
    summary="Articles, newest first (by relevance with `q`)",
    tags=["articles"],
)
def list_articles(
    request,
    language: Annotated[str, LanguagePath],
    section: Annotated[
        str | None,
        Query(description="A section's slug.", pattern=SLUG_PATTERN, max_length=255),
    ] = None,
    tag: Annotated[str | None, Query(description="A tag's slug.", max_length=100)] = None,
    kind: Annotated[
        Literal["news", "statement"] | None,
        Query(description="Only news, or only official statements."),
    ] = None,
    date_from: Annotated[
        Day | None,
        Query(
            alias="from",
            description="Published on or after this day (YYYY-MM-DD, in the site's time zone).",
        ),
    ] = None,
    date_to: Annotated[
        Day | None,
        Query(
            alias="to",
            description="Published on or before this day (YYYY-MM-DD, in the site's time zone).",
        ),
    ] = None,
    q: Annotated[
        str | None, Query(description="Words to search for.", max_length=MAX_QUERY_LENGTH)
    ] = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE_NUMBER)] = 1,
    page_size: Annotated[int, Query(ge=1, le=settings.HABAR_API_MAX_PAGE_SIZE)] = PAGE_SIZE,
):
    edition, sections = edition_and_sections(request, language)
    chosen = None
    if section:
        chosen = next((s for s in sections if s.slug == section), None)
        if chosen is None:
            raise Http404(_("No such section."))
    articles = queries.articles(
        request,
        edition,
        section=chosen,
        tag=tag,
        kind=kind,
        date_from=date_from,
        date_to=date_to,
        q=q,
    )
    return queries.article_page(request, edition, sections, articles, page, page_size)


@api.get(
    "/{language}/articles/{article_id}/",
    response={200: schemas.ArticleDetail, **ERRORS},
    url_name="article",
    summary="One article, with its body, images and translations",
    tags=["articles"],
)
def article_detail(
    request,
    language: Annotated[str, LanguagePath],
    article_id: Annotated[int, Path(ge=1, le=MAX_PAGE_ID)],
):
    edition = edition_for(request, language)
    try:
        article = (
            queries.published_articles(request, edition)
            .select_related("lead_image")
            .get(pk=article_id)
        )
    except ArticlePage.DoesNotExist as exc:
        raise Http404(_("No such article.")) from exc
    return queries.article_detail(request, edition, article)
