import logging
import threading
import time

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import get_language_from_path
from wagtail.models import Page, Site

from habar.core.logging import OUTAGE_ATTRIBUTE, log_database_outage
from habar.core.middleware import is_database_outage
from habar.core.views import service_unavailable

from . import routing
from .models import SiteSettings

logger = logging.getLogger(__name__)


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
        # The site and its settings come from the cache (habar.sites.routing).
        routing.site_for_request(request)
        site_settings = SiteSettings.for_request(request)
        if language not in site_settings.languages:
            raise Http404
        timezone.activate(site_settings.zone)
        return None


# The middleware that puts security headers on every answer, further in than
# DatabaseUnavailableMiddleware (the page cache between them stores those headers).
SECURITY_HEADERS_MIDDLEWARE = {
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "habar.core.middleware.PermissionsPolicyMiddleware",
}


class DatabaseUnavailableMiddleware:
    """While the database is unreachable, readers get a 503 "back shortly" page, not a 500.

    It sits outside the page cache, whose site lookup can be the first query to fail, and
    so outside the security middleware too: the outage page goes through that middleware
    here, as configured in settings.MIDDLEWARE, to carry the headers every page carries.

    Django discards a connection that failed at the end of the request (and checks a
    persistent one before reuse, CONN_HEALTH_CHECKS), so the first request after the
    database returns is served again: nothing here needs resetting.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        outage_page = self.render_unavailable
        for path in reversed(settings.MIDDLEWARE):
            if path in SECURITY_HEADERS_MIDDLEWARE:
                outage_page = import_string(path)(outage_page)
        self.outage_page = outage_page

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and hasattr(request, OUTAGE_ATTRIBUTE):
            return self.outage_page(request)
        return response

    def process_exception(self, request, exception):
        if is_database_outage(exception):
            log_database_outage(request, exception)
            # On its way out the answer passes the security middleware like any other.
            return self.render_unavailable(request)
        return None

    def render_unavailable(self, request):
        return service_unavailable(request, site_name=site_names.name_for(request))


class SiteNames:
    """Each site's name per host and language, kept in memory for pages that cannot query."""

    def __init__(self):
        self.names = {}

    def load(self, sites):
        settings_names = dict(SiteSettings.objects.values_list("site_id", "name"))
        homes = Page.objects.filter(
            translation_key__in=[site.root_page.translation_key for site in sites]
        ).values_list("translation_key", "locale__language_code", "title")
        titles = {(key, language): title for key, language, title in homes}
        names = {}
        for site in sites:
            fallback = settings_names.get(site.pk) or site.site_name or settings.WAGTAIL_SITE_NAME
            per_language = {
                language: title
                for (key, language), title in titles.items()
                if key == site.root_page.translation_key
            }
            names[site.hostname] = (fallback, per_language)
            if site.is_default_site:
                names[None] = names[site.hostname]
        self.names = names

    def name_for(self, request):
        try:
            host = split_domain_port(request.get_host())[0]
        except DisallowedHost:
            host = None
        fallback, per_language = self.names.get(host) or self.names.get(None) or ("", {})
        language = translation.get_language_from_path(request.path_info)
        return per_language.get(language) or fallback or settings.WAGTAIL_SITE_NAME


site_names = SiteNames()


# Monotonic time of the last Site change seen by this process.
sites_changed_at = [0.0]


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def note_site_change(sender, **kwargs):
    sites_changed_at[0] = time.monotonic()


class SiteHostsMiddleware:
    """Accept the host name of every Wagtail Site as well as the configured ALLOWED_HOSTS.

    Django checks each request's Host against settings.ALLOWED_HOSTS; a site added in the
    admin should not need a change of environment and a restart. The site host names are
    read at the first request and merged into the setting, then read again when a Site is
    saved or deleted in this process, every REFRESH_SECONDS (sites changed by another
    process), and when an unknown host asks (at most every RETRY_SECONDS, so a flood of
    made-up hosts costs at most one query per RETRY_SECONDS).
    """

    REFRESH_SECONDS = 60
    RETRY_SECONDS = 5

    def __init__(self, get_response):
        self.get_response = get_response
        self.configured = list(settings.ALLOWED_HOSTS)
        self.loaded_at = None
        self.lock = threading.Lock()

    def __call__(self, request):
        if "*" not in self.configured:
            self.refresh_if_due(request)
        return self.get_response(request)

    def refresh_if_due(self, request):
        now = time.monotonic()
        if self.loaded_at is not None:
            age = now - self.loaded_at
            try:
                request.get_host()
                unknown = False
            except DisallowedHost:
                unknown = True
            changed = sites_changed_at[0] > self.loaded_at
            if not (
                changed or age > self.REFRESH_SECONDS or (unknown and age > self.RETRY_SECONDS)
            ):
                return
        # One refresh at a time; other threads go on with the hosts known so far.
        if not self.lock.acquire(blocking=False):
            return
        try:
            self.loaded_at = now
            sites = list(Site.objects.select_related("root_page"))
            site_names.load(sites)
        except DatabaseError:
            logger.warning("Could not read the sites' host names", exc_info=True)
            return
        finally:
            self.lock.release()
        hosts = sorted({site.hostname for site in sites} - set(self.configured))
        # Django reads the setting on every get_host(): replacing the list (one atomic
        # assignment) is how the sites' hosts reach its own validation.
        settings.ALLOWED_HOSTS = [*self.configured, *hosts]
