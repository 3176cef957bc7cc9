"""The subscribe and manage forms, with a honeypot field and a signed start time that
robots give themselves away by: no third-party service is asked."""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from .models import Subscription

WHOLE_SITE, CHOSEN_SECTIONS = "site", "sections"
STAMP_SALT = "habar.subscriptions.form-started"
STAMP_MAX_AGE = 24 * 60 * 60


def form_stamp():
    return signing.TimestampSigner(salt=STAMP_SALT).sign(str(int(time.time())))


class ChoiceForm(forms.Form):
    """Whole site or chosen sections of the site in one language; each article at once or
    a daily digest."""

    scope = forms.ChoiceField(
        label=_("What to receive"),
        choices=[
            (WHOLE_SITE, _("Every new article on this site")),
            (CHOSEN_SECTIONS, _("New articles in the sections I choose")),
        ],
        initial=WHOLE_SITE,
        widget=forms.RadioSelect,
    )
    sections = forms.TypedMultipleChoiceField(
        label=_("Sections"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple
    )

    statements = forms.BooleanField(label=_("Official statements"), required=False)
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Subscription.FREQUENCIES,
        initial=Subscription.IMMEDIATE,
        required=False,  # a form sent without it (an older page) asks for each article
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, sections=(), statements=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sections"].choices = [(section.pk, section.title) for section in sections]
        if not statements:  # a site with no statements offers none
            del self.fields["statements"]

    def clean(self):
        cleaned = super().clean()
        chosen = cleaned.get("sections") or cleaned.get("statements")
        if cleaned.get("scope") == CHOSEN_SECTIONS and not chosen:
            self.add_error("sections", _("Choose at least one section, or the whole site."))
        return cleaned

    def clean_frequency(self):
        return self.cleaned_data.get("frequency") or Subscription.IMMEDIATE

    @property
    def chosen_statements(self):
        return not self.whole_site and bool(self.cleaned_data.get("statements"))

    @property
    def whole_site(self):
        return self.cleaned_data["scope"] == WHOLE_SITE

    @property
    def chosen_sections(self):
        return [] if self.whole_site else self.cleaned_data["sections"]


class SubscribeForm(ChoiceForm):
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    # Hidden from people; robots fill in every field they find.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    started = forms.CharField(widget=forms.HiddenInput)

    field_order = ["email", "scope", "sections", "statements", "frequency", "website", "started"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["started"].initial = form_stamp()
        self.fields["website"].widget.attrs.update(tabindex="-1", autocomplete="off")

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_started(self):
        try:
            started = signing.TimestampSigner(salt=STAMP_SALT).unsign(
                self.cleaned_data["started"], max_age=STAMP_MAX_AGE
            )
        except signing.BadSignature as exc:
            raise forms.ValidationError(
                _("This form has expired. Please fill it in again."), code="expired"
            ) from exc
        if time.time() - int(started) < settings.HABAR_SUBSCRIBE_MIN_SECONDS:
            raise forms.ValidationError(
                _("That was very quick. Please check the form and send it again."), code="fast"
            )
        return started

    @property
    def is_robot(self):
        return bool(self.cleaned_data.get("website"))
