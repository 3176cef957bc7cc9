from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from habar.accounts import admin_urls, view_passwords
from habar.core import views as core_views
from habar.news import sitemaps
from habar.search import views as search_views
from habar.sites import views as sites_views

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("readyz", core_views.readyz, name="readyz"),
    # Wagtail's sign-out and workflow reports as Habar answers them (habar.accounts.admin_urls).
    path("admin/", include(admin_urls)),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's password check, with its path and name, limited (habar.accounts.view_passwords).
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        view_passwords.document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("habar.stats.urls")),
    path("sitemap.xml", sitemaps.index, name="habar-sitemap"),
    path("sitemap-<str:section>.xml", sitemaps.language, name="habar-sitemap-language"),
    path("robots.txt", sitemaps.robots_txt, name="robots-txt"),
    path("favicon.ico", sites_views.favicon, name="favicon"),
    path("api/", include("habar.api.urls")),
    # The mail provider's bounce and complaint notifications (habar.subscriptions).
    path("mail/events/", include("habar.subscriptions.provider_events")),
    path("", sites_views.language_redirect, name="language_redirect"),
]

if settings.HABAR_SERVE_MEDIA:
    urlpatterns.append(path("media/<path:path>", core_views.media))

urlpatterns += i18n_patterns(
    # Before Wagtail's catch-all page route, which would otherwise claim the feed paths.
    path("", include("habar.news.urls")),
    path("search/", search_views.search, name="search"),
    path("subscribe/", include("habar.subscriptions.urls")),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        view_passwords.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "habar.news.errors.page_not_found"
handler500 = "habar.core.views.server_error"
