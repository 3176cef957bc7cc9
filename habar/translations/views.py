"""The admin's export and import of translators' files."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from habar.news.parity_views import user_can_see_parity

from . import exchange
from .files import MAX_FILE_BYTES, FileProblem
from .forms import ExportForm, ImportForm


class PageFormView(WagtailAdminTemplateMixin, FormView):
    """A form about one page (or none), shown under the page's breadcrumb."""

    def get_breadcrumbs_items(self):
        items = []
        if self.page is not None:
            edit_url = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
            items.append({"url": edit_url, "label": self.page.get_admin_display_title()})
        return [*self.breadcrumbs_items, *items, {"url": "", "label": self.page_title}]

    def get_page_subtitle(self):
        return self.page.get_admin_display_title() if self.page else ""

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "page": self.page}


class ExportView(PageFormView):
    form_class = ExportForm
    template_name = "translations/export.html"
    page_title = gettext_lazy("Export for translation")
    header_icon = "download"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id, depth__gt=1).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "page": self.page}

    def form_valid(self, form):
        pages = form.pages()
        if not pages:
            form.add_error(
                None, _("No article was published on that day: there is nothing to export.")
            )
            return self.form_invalid(form)
        language = form.cleaned_data["language"]
        content, content_type, extension = exchange.export(
            pages, language, form.cleaned_data["file_format"]
        )
        name = (
            f"{slugify(self.page.slug) or self.page.pk}-{self.page.locale.language_code}-{language}"
        )
        response = HttpResponse(content, content_type=f"{content_type}; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
        return response


class ImportView(PageFormView):
    form_class = ImportForm
    template_name = "translations/import.html"
    page_title = gettext_lazy("Import translation")
    header_icon = "upload"

    def dispatch(self, request, page_id=None):
        self.page = None
        if page_id is not None:
            self.page = get_object_or_404(Page, pk=page_id, depth__gt=1).specific
        if not user_can_see_parity(request.user):
            raise PermissionDenied
        return super().dispatch(request)

    def form_valid(self, form):
        try:
            done = exchange.import_file(
                # One byte more than allowed is enough to refuse a file too large.
                form.cleaned_data["file"].read(MAX_FILE_BYTES + 1),
                self.request.user,
                expected_page=self.page,
            )
        except FileProblem as refused:
            for problem in refused.problems:
                form.add_error("file", problem)
            return self.form_invalid(form)
        for imported in done:
            edit_url = reverse("wagtailadmin_pages:edit", args=[imported.translation.pk])
            said = (
                _("“%(title)s” was translated into a new draft.")
                if imported.created
                else _("“%(title)s”: its translation has a new draft.")
            )
            messages.success(
                self.request,
                said % {"title": imported.source.get_admin_display_title()},
                buttons=[messages.button(edit_url, _("Edit"))],
            )
        if len(done) == 1:
            return redirect("wagtailadmin_pages:edit", done[0].translation.pk)
        return redirect(self.request.path)
