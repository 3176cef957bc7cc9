"""What the page-type apps above news add to the sites news builds.

Apps such as habar.consular and habar.missions register here from their AppConfig.ready(),
so news never imports them (as page types register what is countable in
habar.stats.countable):

- a *listing*: an index page that lives under each home like a section and is shown beside
  the sections in the header, and the pages it lists, which the reader search and the
  translation-parity report take in beside articles;
- other page types a home may hold (a mission page, the directory of missions);
- links in every page's footer.
"""

from typing import NamedTuple


class Listing(NamedTuple):
    index: type  # a child of a home page
    item: type  # a child of the index; like an article it has `syndicated_from`


LISTINGS = []
# HomePage.subpage_types is this very list: registering a listing lets a home hold its index.
HOME_CHILD_TYPES = ["news.ArticleIndexPage"]
# Callables (home, request) -> list of {"key", "title", "url"}: each app's footer links for
# one site in one language.
FOOTER_LINKS = []


def allow_under_home(model_label):
    """Let editors add pages of `model_label` ("app.Model") under a home page."""
    if model_label not in HOME_CHILD_TYPES:
        HOME_CHILD_TYPES.append(model_label)


def register_listing(index, item):
    if all(entry.index is not index for entry in LISTINGS):
        LISTINGS.append(Listing(index, item))
        allow_under_home(index._meta.label)


def index_types():
    return [entry.index for entry in LISTINGS]


def item_types():
    return [entry.item for entry in LISTINGS]


def register_footer_links(build):
    if build not in FOOTER_LINKS:
        FOOTER_LINKS.append(build)


def footer_links(home, request):
    """Every registered link of `home`'s site and language (cached with the chrome)."""
    return [link for build in FOOTER_LINKS for link in build(home, request)]
