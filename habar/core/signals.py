"""The one signal that says readers' pages changed.

Sent by the sites layer (habar.sites.signal_handlers) with the ids of the sites whose
pages a publish, unpublish, move, delete, restriction or settings change touched; the page
cache, the view counter and the subscriptions listen. Knowing sites by id only, the
listeners need no page type and no Site model.
"""

from django.dispatch import Signal

# Arguments: site_ids (a set of Wagtail Site ids).
pages_changed = Signal()
