"""Who sent a request, as far as the proxy in front is trusted to say.

Each helper takes a Django request or a bare WSGI environ: the WSGI fronts (cached pages,
the view beacon) ask before Django has built a request.
"""

from django.conf import settings


def _meta(request_or_environ):
    return getattr(request_or_environ, "META", request_or_environ)


def client_address(request_or_environ):
    meta = _meta(request_or_environ)
    # Behind a proxy, REMOTE_ADDR is the proxy: trust X-Forwarded-For only when told to.
    if settings.HABAR_TRUST_X_FORWARDED_FOR:
        forwarded = meta.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return meta.get("REMOTE_ADDR", "")


def is_secure(environ):
    """request.is_secure() for a raw environ, honouring SECURE_PROXY_SSL_HEADER."""
    proxy_ssl_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)  # Django's: no default
    if proxy_ssl_header:
        header, value = proxy_ssl_header
        return environ.get(header, "").split(",")[0].strip() == value
    return environ.get("wsgi.url_scheme") == "https"
