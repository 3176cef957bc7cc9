import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import BaseListingView
from wagtail.models import Page, Site
from wagtail.permissions import policy_registry

from .parity import SiteParity, sites_for_user

ALL_ARTICLES = "all"


class TranslationParityFilterSet(WagtailFilterSet):
    """Only a form: the rows are computed in Python (habar.news.parity), not filtered here."""

    site = django_filters.ChoiceFilter(label=_("Site"), empty_label=None, method="ignore")
    section = django_filters.ChoiceFilter(
        label=_("Section"), empty_label=_("All sections"), method="ignore"
    )
    # The empty choice is the default, so "only problems" is on until someone turns it off.
    articles = django_filters.ChoiceFilter(
        label=_("Articles"),
        choices=[(ALL_ARTICLES, _("All articles"))],
        empty_label=_("Only articles with problems"),
        widget=forms.RadioSelect,
        method="ignore",
    )

    class Meta:
        model = Site
        fields = []

    def __init__(self, data=None, *, site_choices, section_choices, request=None):
        super().__init__(data, Site.objects.none(), request=request)
        self.filters["site"].extra["choices"] = site_choices
        self.filters["section"].extra["choices"] = section_choices

    def ignore(self, queryset, name, value):
        return queryset


class TranslationParityView(BaseListingView):
    template_name = "wagtailadmin/generic/listing.html"
    results_template_name = "sites/translation_parity_results.html"
    page_title = _("Translation parity")
    header_icon = "globe"
    index_url_name = "habar_news:translation_parity"
    index_results_url_name = "habar_news:translation_parity_results"
    filterset_class = TranslationParityFilterSet
    context_object_name = "rows"
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        if not user_can_see_parity(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def sites(self):
        return sites_for_user(self.request.user)

    @cached_property
    def site(self):
        chosen = self.request.GET.get("site", "")
        return next(
            (site for site in self.sites if str(site.pk) == chosen),
            self.sites[0] if self.sites else None,
        )

    @cached_property
    def parity(self):
        return SiteParity(self.site) if self.site else None

    @cached_property
    def section_choices(self):
        if not self.parity:
            return []
        return [(str(key), section.title()) for key, section in self.parity.sections.items()]

    def get_filterset_kwargs(self):
        site_choices = [(str(site.pk), site.site_name or str(site)) for site in self.sites]
        data = self.request.GET.copy()
        # A site the user may not see, or a section of the site chosen before, falls back
        # to the default choice instead of failing the form.
        for name, choices in (("site", site_choices), ("section", self.section_choices)):
            if data.get(name) not in {value for value, _label in choices}:
                data.pop(name, None)
        return {
            "data": data,
            "request": self.request,
            "site_choices": site_choices,
            "section_choices": self.section_choices,
        }

    def get_queryset(self):
        if not self.parity:
            return []
        chosen = self.request.GET.get("section")
        section = next((key for key in self.parity.sections if str(key) == chosen), None)
        return self.parity.rows(section_key=section, only_problems=self.only_problems)

    @cached_property
    def only_problems(self):
        return self.request.GET.get("articles") != ALL_ARTICLES

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["site"] = self.site
        context["site_languages"] = self.parity.languages if self.parity else []
        context["only_problems"] = self.only_problems
        return context


def user_can_see_parity(user):
    """Superusers, and editors holding a permission on some page."""
    if user.is_superuser:
        return True
    return bool(policy_registry.get_by_type(Page).get_cached_permissions_for_user(user))
