from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from wagtail import hooks
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect

QUERY_REDIRECTS_KEY = "redirects:with-query"


def have_query_redirects():
    """Whether any redirect's old address has a query string (cached: asked per render)."""
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


@hooks.register("before_serve_page")
def follow_old_address_with_query(page, request, serve_args, serve_kwargs):
    """An old address such as /en/news/?id=1234 whose path is a live page here.

    Wagtail's redirect middleware looks at redirects only when the answer is a 404, and
    /en/news/ answers the archive whatever the query: so a redirect stored with its query
    string is looked up here, before the page is served. Requests without a query string
    cost nothing, nor do any while no stored redirect has a query string.
    """
    if not request.META.get("QUERY_STRING") or not have_query_redirects():
        return None
    path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
    redirect = get_redirect(request, path)
    if redirect is None or redirect.link is None:
        return None
    if redirect.is_permanent:
        return HttpResponsePermanentRedirect(redirect.link)
    return HttpResponseRedirect(redirect.link)
