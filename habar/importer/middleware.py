"""Old addresses with a query string (/index.php/en/news?id=123), followed before routing."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect

QUERY_REDIRECTS_KEY = "redirects:with-query"


def have_query_redirects():
    """Whether any redirect's old address has a query string (cached: asked per request)."""
    found = cache.get(QUERY_REDIRECTS_KEY)
    if found is None:
        found = Redirect.objects.filter(old_path__contains="?").exists()
        # Bounded: an import run in another process may add some to an embedded server.
        cache.set(QUERY_REDIRECTS_KEY, found, timeout=300)
    return found


@receiver(post_save, sender=Redirect)
@receiver(post_delete, sender=Redirect)
def forget_query_redirects(sender, **kwargs):
    cache.delete(QUERY_REDIRECTS_KEY)


class QueryRedirectMiddleware:
    """Follow a redirect stored with its query string before the request is routed.

    Wagtail's RedirectMiddleware looks at redirects only when the answer is a 404, and an
    old address's path is often a live page here (/en/news/?id=1234 is the archive, whatever
    the query). Requests without a query string cost nothing, nor do any while no stored
    redirect has a query string.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method in ("GET", "HEAD")
            and request.META.get("QUERY_STRING")
            and have_query_redirects()
        ):
            path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
            redirect = get_redirect(request, path)
            if redirect is not None and redirect.link is not None:
                if redirect.is_permanent:
                    return HttpResponsePermanentRedirect(redirect.link)
                return HttpResponseRedirect(redirect.link)
        return self.get_response(request)
