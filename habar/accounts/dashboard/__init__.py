"""The admin's dashboard about the editor's own site: its pages, their own work, what is due.

Wagtail's dashboard counts the pages under the common ancestor of what a user may edit;
a site's homes in several languages share the tree's root, so an embassy editor saw the
whole network's count and nothing of their own work. Habar's panels (Wagtail components,
added by habar.accounts.wagtail_hooks) are about the sites where the user holds a page
permission (habar.news.parity.sites_for_user, as the translation parity report); a
superuser's panels cover the network and say so.

`scope` says which pages those are; `panels` shows them, each panel one or two queries,
whatever the number of pages.
"""

from .panels import PANELS, SitePagesSummaryItem
from .scope import DashboardScope, scope_for, site_label

__all__ = ["PANELS", "DashboardScope", "SitePagesSummaryItem", "scope_for", "site_label"]
