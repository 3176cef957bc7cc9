from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from .models import ArticlePage
from .parity_views import TranslationParityView, user_can_see_parity
from .translation_views import TranslationChangesView
from .views import SyndicateView


@hooks.register("register_admin_urls")
def register_news_admin_urls():
    urls = [
        path("syndicate/<int:page_id>/", SyndicateView.as_view(), name="syndicate"),
        path("translation-parity/", TranslationParityView.as_view(), name="translation_parity"),
        path(
            "translation-parity/results/",
            TranslationParityView.as_view(results_only=True),
            name="translation_parity_results",
        ),
        path(
            "translation-changes/<int:page_id>/",
            TranslationChangesView.as_view(),
            name="translation_changes",
        ),
    ]
    return [path("news/", (urls, "habar_news", "habar_news"))]


class TranslationParityMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_see_parity(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_parity_menu_item():
    return TranslationParityMenuItem(
        _("Translation parity"),
        reverse("habar_news:translation_parity"),
        name="translation-parity",
        icon_name="globe",
        order=1300,
    )


@hooks.register("register_page_header_buttons")
def syndicate_button(page, user, view_name, next_url=None):
    page = page.specific_deferred
    if (
        isinstance(page, ArticlePage)
        and not page.syndicated_from_id
        and page.permissions_for_user(user).can_publish()
    ):
        yield Button(
            _("Syndicate to embassy sites"),
            reverse("habar_news:syndicate", args=[page.pk]),
            icon_name="site",
            priority=35,
        )
