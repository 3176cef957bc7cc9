"""What Habar corrects in Wagtail's admin so that it speaks the editor's language."""

from pathlib import Path

import wagtail.admin
from django.utils import translation

from habar.accounts.forms import LoginForm

ACTIONS = Path("templates/wagtailadmin/shared/headers/_actions.html")


def test_the_sign_in_forms_password_is_labelled_in_the_readers_language():
    with translation.override("ru"):
        assert str(LoginForm().fields["password"].label) == "Пароль"


def test_the_header_actions_template_is_wagtails_with_its_label_translated():
    # When Wagtail changes its template (or translates the label), this override must follow.
    wagtails = (Path(wagtail.admin.__file__).parent / ACTIONS).read_text()
    habars = (Path(__file__).parents[1] / ACTIONS).read_text()
    assert 'aria-label="Actions"' in wagtails
    translated = habars.split("\n", 2)[2]  # after {% load i18n %} and the comment
    assert translated.replace('{% translate "Actions" %}', "Actions") == wagtails
