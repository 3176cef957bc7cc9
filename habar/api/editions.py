"""Which site a request is for (its Host, as for pages) and which of its languages."""

from dataclasses import dataclass

from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.models import Site

from habar.news.models import ArticleIndexPage, HomePage
from habar.sites.models import SiteSettings
from habar.sites.routing import is_restricted, restricted_paths, site_for_request, site_homes


@dataclass
class Edition:
    """One site in one language: its home page and what hangs below it."""

    site: Site
    settings: SiteSettings
    language: str
    home: HomePage

    @property
    def time_zone(self):
        return self.settings.zone


def current_site(request):
    site = site_for_request(request)  # the reading path's cached lookup
    if site is None:
        raise Http404(_("No site answers at this address."))
    return site


def private_q(request):
    """Pages behind a view restriction and every page below them, once per request.

    The API answers everyone alike, so anything restricted (password, login, groups)
    stays out, whoever asks. Built, as Wagtail's own private_q(), from the restricted
    pages' tree paths, but from the cached list the reading path uses.
    """
    if not hasattr(request, "_habar_private_q"):
        private = Q(pk__in=[])
        for path in restricted_paths():
            private |= Q(path__startswith=path)
        request._habar_private_q = private
    return request._habar_private_q


def edition_for(request, language):
    site = current_site(request)
    site_settings = SiteSettings.for_request(request)  # cached beside the site
    if language not in site_settings.languages:
        raise Http404(_("This site does not publish in this language."))
    home = site_homes(site, request).get(language)
    if not isinstance(home, HomePage) or not home.live or is_restricted(home):
        raise Http404(_("This site does not publish in this language."))
    return Edition(site=site, settings=site_settings, language=language, home=home)


def sections_of(request, edition):
    return list(ArticleIndexPage.objects.child_of(edition.home).live().exclude(private_q(request)))
