"""Admin addresses Habar answers itself, ahead of Wagtail's own under the same paths and
names (habar/urls.py includes them first); each view says why."""

from django.urls import include, path
from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns

from . import views, workflow_reports

urlpatterns = decorate_urlpatterns(
    [
        path("logout/", views.LogoutView.as_view(), name="wagtailadmin_logout"),
        path("reports/", include((workflow_reports.urlpatterns, "habar_reports"))),
    ],
    require_admin_access,
)
