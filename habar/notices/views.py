"""The notices' admin views: posting and withdrawing are logged as such in the site history."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from .models import Notice
from .permissions import notice_permission_policy, publishable_sites

POST = "habar.notice.post"
WITHDRAW = "habar.notice.withdraw"


class InstancePermissionMixin:
    """Wagtail checks the model-wide permission; a notice is changed by its site's people."""

    instance_action = "change"

    def get_object(self, queryset=None):
        notice = super().get_object(queryset)
        if not notice_permission_policy.user_has_permission_for_instance(
            self.request.user, self.instance_action, notice
        ):
            raise PermissionDenied
        return notice


class IndexView(generic.IndexView):
    def get_base_queryset(self):
        return notice_permission_policy.instances_user_has_permission_for(
            self.request.user, "view"
        ).prefetch_related("texts", "sites")

    @cached_property
    def managed_sites(self):
        """The sites whose notices this user may change: read once for the whole list."""
        return set(publishable_sites(self.request.user).values_list("pk", flat=True))

    def may_change(self, notice):
        # Those who see a notice on their site but did not post it may not change it.
        return notice.origin_id in self.managed_sites

    def get_edit_url(self, instance):
        if self.may_change(instance) and not instance.is_withdrawn:
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        return super().get_delete_url(instance) if self.may_change(instance) else None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.may_change(instance) and not instance.is_withdrawn:
            withdraw = reverse("notices:withdraw", args=[instance.pk])
            buttons.append(MenuItem(_("Withdraw"), url=withdraw, icon_name="warning", priority=20))
        return buttons


class CreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.author = self.request.user
        self.action_class(
            self.form.instance, user=self.request.user, form=self.form, log_action=POST
        ).execute(skip_permission_checks=True)
        return self.form.instance


class EditView(InstancePermissionMixin, generic.EditView):
    def get_object(self, queryset=None):
        notice = super().get_object(queryset)
        if notice.is_withdrawn:
            raise Http404  # a withdrawn notice stays withdrawn: post a new one
        return notice


class DeleteView(InstancePermissionMixin, generic.DeleteView):
    instance_action = "delete"


class WithdrawView(WagtailAdminTemplateMixin, TemplateView):
    """Take a notice off every page of its sites at once."""

    template_name = "notices/admin/withdraw.html"
    page_title = gettext_lazy("Withdraw")
    header_icon = "warning"
    index_url_name = None

    def dispatch(self, request, pk):
        self.notice = get_object_or_404(Notice, pk=pk, withdrawn_at__isnull=True)
        if not notice_permission_policy.user_has_permission_for_instance(
            request.user, "change", self.notice
        ):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.notice)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "notice": self.notice}

    def post(self, request, pk):
        self.notice.withdraw(user=request.user)
        log(instance=self.notice, action=WITHDRAW, user=request.user)
        messages.success(request, _("The notice is withdrawn from every page of its sites."))
        return redirect("notices:index")


class HistoryView(InstancePermissionMixin, history.HistoryView):
    instance_action = "view"
