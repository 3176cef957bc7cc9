"""The directory's filters, read from the query string (?country=DE&kind=embassy)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import Kind


class DirectoryFilter(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)

    def __init__(self, data, countries):
        """`countries`: (code, name) of the host countries the missions are in."""
        super().__init__(data)
        self.fields["country"].choices = [("", _("All countries")), *countries]
        self.fields["kind"].choices = [("", _("All kinds")), *Kind.choices]

    def chosen(self):
        """(country, kind) to filter by, "" for any; both "" for invalid filters."""
        if not self.is_valid():
            return "", ""
        return self.cleaned_data["country"], self.cleaned_data["kind"]
