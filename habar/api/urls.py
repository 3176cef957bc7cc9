"""/api/: the versioned API, read-only, with a JSON answer for every path under it."""

from django.urls import include, path, re_path

from .api import api
from .http import index, not_found, read_only

patterns, _app_name, _namespace = api.urls
for pattern in patterns:
    # django-ninja's root answers an HTML 404 (it names the mount point, so it stays);
    # ours says where to start.
    view = index if pattern.name == "api-root" else pattern.callback
    pattern.callback = read_only(view)

app_name = "habar_api"
urlpatterns = [
    path("v1/", include(patterns)),
    re_path(r"", read_only(not_found)),
]
