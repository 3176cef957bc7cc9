"""The one signal that says readers' pages changed.

Sent by the sites layer (habar.sites.signal_handlers) with the ids of the sites whose
pages a publish, unpublish, move, delete, restriction or settings change touched; the page
cache, the view counter and the subscriptions listen. Knowing sites by id only, the
listeners need no page type and no Site model.
"""

from django.dispatch import Signal

# Arguments: site_ids (a set of Wagtail Site ids); news_only (optional, False by default):
# True when only news items were published (the sites' sections, homes and other pages'
# texts stay as they were; the page cache keeps their parts, habar.core.pagecache).
pages_changed = Signal()
