"""Admin views of the news app: syndicating a ministry article to embassy sites."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import SyndicationForm
from .models import ArticlePage
from .syndication import copies_of_translations, syndicate_translations


class SyndicateView(WagtailAdminTemplateMixin, FormView):
    form_class = SyndicationForm
    template_name = "news/admin/syndicate.html"
    page_title = gettext_lazy("Syndicate")
    header_icon = "site"

    def dispatch(self, request, page_id):
        self.origin = get_object_or_404(ArticlePage, pk=page_id, syndicated_from__isnull=True)
        if not self.origin.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.origin.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.origin.pk]),
                "label": self.origin.get_admin_display_title(),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "origin": self.origin, "user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["origin"] = self.origin
        # The copies of every translation: syndication sends them all.
        context["copies"] = (
            copies_of_translations(self.origin).select_related("locale").order_by("path")
        )
        return context

    def form_valid(self, form):
        if not self.origin.live:
            form.add_error(None, _("Publish the article before syndicating it."))
            return self.form_invalid(form)
        done = set()
        for section in form.cleaned_data["sections"]:
            # A section and its translations are one place: the copies go to each language.
            if section.translation_key in done:
                continue
            done.add(section.translation_key)
            copies = syndicate_translations(
                self.origin,
                section,
                go_live_at=form.cleaned_data["go_live_at"],
                expire_at=form.cleaned_data["expire_at"],
                user=self.request.user,
            )
            self.report(section, copies)
        return redirect("habar_news:syndicate", page_id=self.origin.pk)

    def report(self, section, copies):
        """Say which languages went to the section's site, or that none did."""
        site = section.get_site()
        names = {"title": self.origin.title, "site": site.site_name if site else section.title}
        if not copies:
            messages.warning(
                self.request,
                _(
                    "“%(title)s” was not sent to %(site)s: the site publishes none of the "
                    "article's languages."
                )
                % names,
            )
            return
        languages = ", ".join(str(copy.locale.get_display_name()) for copy in copies.values())
        messages.success(
            self.request,
            _("“%(title)s” sent to %(site)s in: %(languages)s.")
            % {**names, "languages": languages},
        )
