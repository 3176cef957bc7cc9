"""Page types of the apps above news that join what news builds for a whole site.

An app such as habar.consular registers, from its AppConfig.ready(), a *listing*: its index
page, which lives under each home like a section and is shown beside the sections in the
header, and the pages it lists, which the reader search and the translation-parity report
take in beside articles. News never imports those apps; it reads this list.
"""

from typing import NamedTuple


class Listing(NamedTuple):
    index: type  # a child of a home page
    item: type  # a child of the index; like an article it has `syndicated_from`


LISTINGS = []
# HomePage.subpage_types is this very list: registering a listing lets a home hold its index.
HOME_CHILD_TYPES = ["news.ArticleIndexPage"]


def register_listing(index, item):
    if all(entry.index is not index for entry in LISTINGS):
        LISTINGS.append(Listing(index, item))
        HOME_CHILD_TYPES.append(index._meta.label)


def index_types():
    return [entry.index for entry in LISTINGS]


def item_types():
    return [entry.item for entry in LISTINGS]
