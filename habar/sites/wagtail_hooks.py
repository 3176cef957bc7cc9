from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import TranslationParityView, user_can_see_parity

parity_urls = [
    path("", TranslationParityView.as_view(), name="translation_parity"),
    path(
        "results/",
        TranslationParityView.as_view(results_only=True),
        name="translation_parity_results",
    ),
]


@hooks.register("register_admin_urls")
def register_translation_parity_urls():
    return [path("translation-parity/", include((parity_urls, "habar_sites")))]


class TranslationParityMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_see_parity(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_parity_menu_item():
    return TranslationParityMenuItem(
        _("Translation parity"),
        reverse("habar_sites:translation_parity"),
        name="translation-parity",
        icon_name="globe",
        order=1300,
    )
