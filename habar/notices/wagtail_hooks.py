from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .views import POST, WITHDRAW
from .viewsets import NoticeViewSet


@hooks.register("register_admin_viewset")
def register_notice_viewset():
    return NoticeViewSet("notices")


@hooks.register("register_log_actions")
def register_notice_log_actions(actions):
    actions.register_action(POST, _("Post urgent notice"), _("Posted an urgent notice"))
    actions.register_action(WITHDRAW, _("Withdraw urgent notice"), _("Withdrew an urgent notice"))
