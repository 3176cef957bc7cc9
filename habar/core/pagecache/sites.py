"""Which site a request is for, as the page cache asks it: by id, found by the sites layer.

The page cache knows no Site model; habar.sites registers the lookup at start
(SitesConfig.ready). Asked only for requests the cache handles, so a request for the admin
or the beacon never looks its site up here.
"""

_lookup = [lambda request: 0]


def register_lookup(lookup):
    """`lookup(request)` answers the request's site id (0 for none)."""
    _lookup[0] = lookup


def site_id_for(request):
    if not hasattr(request, "_habar_site_id"):
        request._habar_site_id = _lookup[0](request)
    return request._habar_site_id
