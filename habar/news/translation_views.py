"""The source's text then and now for one translation, and marking it as up to date."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from .models import BaselineKind, record_baseline
from .translation_changes import source_changes


class TranslationChangesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "news/admin/translation_changes.html"
    page_title = gettext_lazy("Changes since the translation")
    header_icon = "history"

    def dispatch(self, request, page_id):
        self.translation = get_object_or_404(Page, pk=page_id).specific
        if not self.translation.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.changes = source_changes(self.translation)
        if self.changes is None:
            raise Http404(_("This page is not a translation of another page."))
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.translation.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.translation.pk]),
                "label": self.translation.get_admin_display_title(),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["translation"] = self.translation
        context["source_changes"] = self.changes
        context["changes"] = self.changes.changes()
        return context

    def post(self, request, page_id):
        """The translator has brought the translation up to the source's text now."""
        now = self.changes.now_revision
        record_baseline(
            self.translation, self.changes.source, now, BaselineKind.MARKED, request.user
        )
        messages.success(
            request,
            _("“%(title)s” is marked as up to date with its source.")
            % {"title": self.translation.get_admin_display_title()},
        )
        return redirect("habar_news:translation_parity")
