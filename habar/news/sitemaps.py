"""sitemap.xml per site: an index with one part per language, each URL with its
translations as hreflang alternates (which Wagtail's own sitemap leaves out)."""

from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpResponse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Site

from habar.core.pagecache import cache_page_per_generation
from habar.sites.models import SiteSettings
from habar.sites.routing import published_homes


class LanguageSitemap(Sitemap):
    """The live pages of one site in one language."""

    def __init__(self, request, site, home, homes, default_language):
        super().__init__(request)
        self.site, self.home, self.homes = site, home, homes
        self.default_language = default_language
        self._alternates = None

    def items(self):
        return (
            self.home.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def alternates(self):
        """translation_key -> [(language, url)] over all the site's languages, at once."""
        if self._alternates is None:
            self._alternates = {}
            for home in self.homes.values():
                pages = home.get_descendants(inclusive=True).live().public()
                # A syndicated copy is no one's alternate: its canonical page is the origin.
                pages = pages.exclude(articlepage__syndicated_from__isnull=False)
                for page in pages.only("url_path", "translation_key", "locale_id"):
                    self._alternates.setdefault(page.translation_key, []).append(
                        (home.locale.language_code, page.get_full_url(self.request))
                    )
        return self._alternates

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            translations = dict(self.alternates().get(item.translation_key, []))
            for url in item.get_sitemap_urls(self.request):
                if len(translations) > 1:
                    url["alternates"] = [
                        {"lang_code": code, "location": location}
                        for code, location in sorted(translations.items())
                    ]
                    if self.default_language in translations:
                        default = translations[self.default_language]
                        url["alternates"].append({"lang_code": "x-default", "location": default})
                urls.append(url)
        lastmods = [url["lastmod"] for url in urls if url.get("lastmod")]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


def site_sitemaps(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    homes = published_homes(site, request)
    default_language = SiteSettings.for_site(site).default_language
    return {
        code: LanguageSitemap(request, site, home, homes, default_language)
        for code, home in homes.items()
    }


@cache_page_per_generation(60 * 15)
def index(request):
    return sitemap_views.index(
        request, site_sitemaps(request), sitemap_url_name="habar-sitemap-language"
    )


# Django's sitemap pages a long part with ?p=N.
@cache_page_per_generation(60 * 15, query=("p",))
def language(request, section):
    return sitemap_views.sitemap(request, site_sitemaps(request), section=section)


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /views/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
