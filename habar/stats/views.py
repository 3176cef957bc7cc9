"""The view beacon: record a reader's view of an article and answer the live count.

Article pages may come from a cache or a CDN, so the page itself cannot count: a small
script posts here (or, without JavaScript, a <noscript> image asks for the pixel) and
shows the count that comes back. Readers' posts are mostly answered before Django by the
beacon's WSGI front (habar.stats.front), with the same Redis script as here.
"""

import base64

from django.db import transaction
from django.db.models import OuterRef
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import articles, buffer, countable, visitors
from .models import add_views, shown_views

# The smallest transparent GIF, for the <noscript> pixel.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def is_countable(request):
    """A reader's own view: not a bot, a prefetch, an editor, a HEAD or another site."""
    return (
        request.method != "HEAD" and visitors.is_reader(request) and not visitors.is_editor(request)
    )


def count_view(request, page_id):
    """Record the view if it counts; return the count the page shows either way."""
    if buffer.enabled():
        try:
            views = buffer.record(page_id, request.META, is_countable(request))
        except buffer.Unavailable:
            pass  # Redis is down: count in the database
        else:
            if views is None:
                raise Http404
            return views
    article = live_article(page_id)
    if is_countable(request) and visitors.first_view_in_window(request, article.pk):
        # One atomic upsert, so the view is never lost.
        day = timezone.localdate(timezone=articles.known.time_zone_of(article.url_path))
        with transaction.atomic():
            own_views = add_views(article.pk, day)
        if buffer.enabled():
            buffer.counted_in_database(article.pk)
        return shown_views(article.pk, own_views) if article.has_copies else own_views
    return shown_views(article.pk)


def live_article(page_id):
    found = articles.live_articles().only("pk", "url_path")
    found = found.annotate(has_copies=countable.has_copies(OuterRef("pk")))
    # By id, not pk: Django answers "no such row" for a number beyond the integer column of
    # Page.id, where the parent link (pk) would hand <int:page_id>'s 30 digits to the database.
    return get_object_or_404(found, id=page_id)


def not_acknowledged():
    # Redis may have counted the view, or not: saying either could count it twice or lose it.
    return JsonResponse({"views": None}, status=503, headers={"Retry-After": "5"})


@csrf_exempt  # an anonymous, idempotent-per-visitor counter: no session state to protect
@never_cache
@require_http_methods(["POST"])
def beacon(request, page_id):
    try:
        views = count_view(request, page_id)
    except buffer.Unacknowledged:
        return not_acknowledged()
    return JsonResponse({"views": views})


@never_cache
@require_http_methods(["GET", "HEAD"])
def pixel(request, page_id):
    try:
        count_view(request, page_id)
    except buffer.Unacknowledged:
        return not_acknowledged()
    return HttpResponse(PIXEL, content_type="image/gif")
