import zoneinfo

from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language_from_path
from wagtail.views import serve as wagtail_serve

from habar.core import routing

from .models import SiteSettings


class SiteLanguageMiddleware:
    """A language the current site does not publish in answers 404 there.

    i18n_patterns accepts every platform language; each site publishes a subset of them.
    The site's pages also read their dates in the site's own time zone (an embassy's news
    is dated in its capital's time).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()

    def process_view(self, request, view_func, view_args, view_kwargs):
        language = get_language_from_path(request.path_info)
        if language is None:
            return None
        # The site and its settings come from the cache (habar.core.routing).
        routing.site_for_request(request)
        site_settings = SiteSettings.for_request(request)
        if language not in site_settings.languages:
            raise Http404
        try:
            timezone.activate(zoneinfo.ZoneInfo(site_settings.time_zone))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.deactivate()
        if view_func is wagtail_serve and request.method in ("GET", "HEAD"):
            # Wagtail's URL pattern passes the page path positionally.
            routing.route(request, view_args[0] if view_args else view_kwargs.get("path", ""))
        return None
