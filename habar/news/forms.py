from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.models import Site

from .models import ArticleIndexPage


class SectionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, section):
        site = section.get_site()
        site_name = site.site_name if site else "—"
        return f"{site_name} · {section.locale.get_display_name()} · {section.title}"


class SyndicationForm(forms.Form):
    sections = SectionChoiceField(
        label=_("Publish in these sections"),
        queryset=ArticleIndexPage.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "The article goes in each of its languages the site publishes, into that "
            "language's version of the section."
        ),
    )
    go_live_at = forms.DateTimeField(
        label=_("Go-live date/time"),
        required=False,
        widget=AdminDateTimeInput,
        help_text=_("Leave empty to publish the copies now."),
    )
    expire_at = forms.DateTimeField(
        label=_("Expiry date/time"), required=False, widget=AdminDateTimeInput
    )

    def __init__(self, *args, origin, user, **kwargs):
        super().__init__(*args, **kwargs)
        origin_site = origin.get_site()
        other_sites = Site.objects.exclude(pk=getattr(origin_site, "pk", None))
        homes = [
            home
            for site in other_sites.select_related("root_page")
            for home in site.root_page.get_translations(inclusive=True)
        ]
        candidates = ArticleIndexPage.objects.none()
        for home in homes:
            candidates |= ArticleIndexPage.objects.child_of(home)
        allowed = [
            section.pk
            for section in candidates.select_related("locale")
            if section.permissions_for_user(user).can_add_subpage()
        ]
        self.fields["sections"].queryset = (
            ArticleIndexPage.objects.filter(pk__in=allowed)
            .select_related("locale")
            .order_by("path")
        )

    def clean(self):
        cleaned = super().clean()
        go_live_at, expire_at = cleaned.get("go_live_at"), cleaned.get("expire_at")
        if go_live_at and expire_at and expire_at <= go_live_at:
            self.add_error("expire_at", _("The expiry must come after the go-live time."))
        return cleaned
