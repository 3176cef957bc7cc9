"""The pages an editor sees in the admin: those of the sites they may edit.

Every site's pages share one Wagtail tree, and Wagtail's page chooser lists the whole
tree to anyone in the admin; its explorer and chooser also show whichever page they are
opened at (title, latest draft title, workflow, breadcrumbs) without asking whether the
user may edit anything there. An embassy editor must not read the ministry's drafts, nor
another embassy's. Superusers see everything.

A site is all of its home page's translations: an editor with a permission anywhere in a
site sees that whole site in every language (to link a page of it, to find its pages),
and below any other page they hold a permission on.
"""

from django.db.models import Q
from wagtail.models import Page, Site
from wagtail.permissions import policy_registry

CACHE_ATTRIBUTE = "_habar_site_page_paths"


def site_homes():
    """{translation key: [tree paths of that site's home pages, one per language]}."""
    homes = {}
    keys = Site.objects.values("root_page__translation_key")
    for key, path in Page.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "path"
    ):
        homes.setdefault(key, []).append(path)
    return homes


def visible_paths(user):
    """Tree paths whose subtrees the user may see in the admin; None for all of them."""
    if user.is_superuser:
        return None
    if not hasattr(user, CACHE_ATTRIBUTE):
        policy = policy_registry.get_by_type(Page)
        permitted = {perm.page.path for perm in policy.get_cached_permissions_for_user(user)}
        paths = set(permitted)
        for homes in site_homes().values():
            # A permission on a site's page, or above its home (the root), opens the site.
            if any(p.startswith(h) or h.startswith(p) for p in permitted for h in homes):
                paths.update(homes)
        setattr(user, CACHE_ATTRIBUTE, sorted(paths))
    return getattr(user, CACHE_ATTRIBUTE)


def visible_filter(user):
    """A filter on pages for what the user may see (the tree's root, to start from, too)."""
    paths = visible_paths(user)
    if paths is None:
        return Q()
    visible = Q(depth=1)
    for path in paths:
        visible |= Q(path__startswith=path)
    return visible


def only_visible(pages, user):
    return pages.filter(visible_filter(user))


def is_visible(page_id, user):
    return only_visible(Page.objects.filter(pk=page_id), user).exists()
