from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import auth as wagtail_auth


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).lower()

    @property
    def is_authenticator_code(self):
        return self.cleaned_data["code"].isdigit()


class LoginForm(wagtail_auth.LoginForm):
    """Wagtail's sign-in form, its password labelled as Django's is. Wagtail's field has no
    label, so Django makes one of the field's name: "Password", in English in every language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = AuthenticationForm.base_fields["password"].label
