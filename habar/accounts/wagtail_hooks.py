from django.contrib.auth import get_user_model
from django.http import HttpResponseForbidden
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.views import home
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.users.views.bulk_actions.user_bulk_action import UserBulkAction

from . import audit, dashboard, urls
from .models import AccountLogEntry, SiteGroup
from .site_pages import only_visible

ACCOUNT_ACTIONS = [
    (audit.LOGIN, _("Sign in"), _("Signed in")),
    (audit.LOGOUT, _("Sign out"), _("Signed out")),
    (audit.LOGIN_FAILED, _("Failed sign-in"), _("Sign-in failed")),
    (audit.TWO_FACTOR_ENABLED, _("Two-factor set up"), _("Set up two-factor authentication")),
    (audit.TWO_FACTOR_VERIFIED, _("Two-factor code"), _("Entered a correct two-factor code")),
    (audit.TWO_FACTOR_FAILED, _("Wrong two-factor code"), _("Entered a wrong two-factor code")),
    (audit.RECOVERY_CODE_USED, _("Recovery code used"), _("Signed in with a recovery code")),
    (audit.RECOVERY_CODES_ISSUED, _("New recovery codes"), _("Made new recovery codes")),
]


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    actions.register_model(get_user_model(), AccountLogEntry)
    for action, label, message in ACCOUNT_ACTIONS:
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("two-factor/", include(urls))]


@hooks.register("register_account_menu_item")
def register_two_factor_menu_item(request):
    return {
        "url": reverse("habar_accounts:index"),
        "label": _("Two-factor authentication"),
        "help_text": _("Sign in with a code from an authenticator app, and recovery codes."),
    }


@hooks.register("construct_page_chooser_queryset")
def choose_from_own_sites(pages, request):
    return only_visible(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explore_own_sites(parent_page, pages, request):
    return only_visible(pages, request.user)


@hooks.register("before_bulk_action")
def only_superusers_act_on_many_users(request, action_type, objects, action):
    # The bulk actions could give any group to any account; site administrators change
    # accounts one at a time, through the scoped user admin.
    if isinstance(action, UserBulkAction) and not request.user.is_superuser:
        return HttpResponseForbidden()
    return None


class SiteGroupViewSet(ModelViewSet):
    model = SiteGroup
    icon = "group"
    menu_label = _("Site groups")
    add_to_settings_menu = True
    form_fields = ["group", "site", "role"]
    list_display = ["group", "site", "role"]
    list_filter = ["site", "role"]


@hooks.register("register_admin_viewset")
def register_site_group_viewset():
    return SiteGroupViewSet("site_groups")


@hooks.register("construct_homepage_summary_items", order=100)
def count_the_pages_of_own_sites(request, items):
    # Wagtail counts every page under the common ancestor of an editor's pages: for a site
    # in several languages, the tree's root, so the whole network.
    items[:] = [item for item in items if not isinstance(item, PagesSummaryItem)]
    items.append(dashboard.SitePagesSummaryItem(request))


@hooks.register("construct_homepage_panels", order=100)
def show_the_own_sites_panels(request, panels):
    # Habar's panels replace Wagtail's recent edits and tasks to moderate (network-wide and
    # a few queries per row) with ones about the user's sites.
    panels[:] = [
        panel
        for panel in panels
        if not isinstance(panel, (home.RecentEditsPanel, home.WorkflowObjectsToModeratePanel))
    ]
    panels.extend(panel(request) for panel in dashboard.PANELS)
