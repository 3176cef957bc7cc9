"""The view beacon: record a reader's view of an article and answer the live count.

Article pages may come from a cache or a CDN, so the page itself cannot count: a small
script posts here (or, without JavaScript, a <noscript> image asks for the pixel) and
shows the count that comes back.
"""

import base64

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.query import PageQuerySet

from habar.news.models import ArticlePage
from habar.worker.services import UNAVAILABLE

from . import buffer, visitors
from .models import add_views, shown_views

# The smallest transparent GIF, for the <noscript> pixel.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def is_countable(request):
    """A reader's own view: not a bot, a prefetch, an editor, a HEAD or another site."""
    return not (
        request.method == "HEAD"
        or visitors.is_bot(request.META.get("HTTP_USER_AGENT", ""))
        or visitors.is_prefetch(request)
        or visitors.is_editor(request)
        or request.META.get("HTTP_SEC_FETCH_SITE") == "cross-site"
    )


def count_view(request, article):
    """Record the view if it counts; return the count the page shows either way."""
    copies = copy_ids(article) if buffer.enabled() else []
    if is_countable(request) and visitors.first_view_in_window(request, article.pk):
        day = timezone.localdate()
        if buffer.enabled():
            buffered = buffer.add_view(article.pk, day, also=copies)
            if buffered is not None:
                return shown_views(article.pk) + buffered
        # No Redis, or Redis is down: one atomic upsert, so the view is never lost.
        with transaction.atomic():
            own_views = add_views(article.pk, day)
        return shown_views(article.pk, own_views) if article.has_copies else own_views
    if buffer.enabled():
        return shown_views(article.pk) + buffer.buffered_views([article.pk, *copies])
    return shown_views(article.pk)


def copy_ids(article):
    if not article.has_copies:
        return []
    return list(ArticlePage.objects.filter(syndicated_from=article.pk).values_list("pk", flat=True))


def live_article(page_id):
    copies = ArticlePage.objects.filter(syndicated_from=OuterRef("pk"))
    articles = ArticlePage.objects.live().only("pk").annotate(has_copies=Exists(copies))
    try:
        articles = articles.public()
    except UNAVAILABLE:
        # The cached list of restricted sections is out of reach with Redis: ask the
        # database as Wagtail does, so that the view is still counted.
        articles = PageQuerySet.public(articles)
    # By id, not pk: Django answers "no such row" for a number beyond the integer column of
    # Page.id, where the parent link (pk) would hand <int:page_id>'s 30 digits to the database.
    return get_object_or_404(articles, id=page_id)


@csrf_exempt  # an anonymous, idempotent-per-visitor counter: no session state to protect
@never_cache
@require_http_methods(["POST"])
def beacon(request, page_id):
    views = count_view(request, live_article(page_id))
    return JsonResponse({"views": views})


@never_cache
@require_http_methods(["GET", "HEAD"])
def pixel(request, page_id):
    count_view(request, live_article(page_id))
    return HttpResponse(PIXEL, content_type="image/gif")
