from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from .models import ArticlePage
from .views import SyndicateView


@hooks.register("register_admin_urls")
def register_news_admin_urls():
    urls = [path("syndicate/<int:page_id>/", SyndicateView.as_view(), name="syndicate")]
    return [path("news/", (urls, "habar_news", "habar_news"))]


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
