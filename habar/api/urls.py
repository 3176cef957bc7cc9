"""/api/: the versioned API, read-only, with a JSON answer for every path under it."""

from csp.constants import NONE, SELF
from csp.decorators import csp
from django.urls import include, path, re_path

from .api import api
from .http import index, not_found, read_only

# The documentation page is django-ninja's Swagger UI, its script, styles and icons served
# from here, run from files (no inline code). It needs this much and no more: the site's
# own policy also lets in video frames and fonts.
DOCS_POLICY = {
    "default-src": [NONE],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],  # the stylesheet's icons are data: URLs
    "connect-src": [SELF],  # the schema, and the requests of "Try it out"
    "base-uri": [NONE],
    "form-action": [NONE],
    "frame-ancestors": [NONE],
}

patterns, _app_name, _namespace = api.urls
for pattern in patterns:
    # django-ninja's root answers an HTML 404 (it names the mount point, so it stays);
    # ours says where to start.
    view = index if pattern.name == "api-root" else pattern.callback
    pattern.callback = read_only(view)
    if pattern.name == "openapi-view":
        # Outside read_only: a 304 for the page carries the same policy.
        pattern.callback = csp(DOCS_POLICY)(pattern.callback)

app_name = "habar_api"
urlpatterns = [
    path("v1/", include(patterns)),
    re_path(r"", read_only(not_found)),
]
