from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import TelegramPostsView, user_can_see_posts

report_urls = [
    path("", TelegramPostsView.as_view(), name="posts"),
    path("results/", TelegramPostsView.as_view(results_only=True), name="posts_results"),
]


@hooks.register("register_admin_urls")
def register_telegram_urls():
    return [path("telegram-posts/", include((report_urls, "habar_telegram")))]


class TelegramPostsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_see_posts(request.user)


@hooks.register("register_reports_menu_item")
def register_telegram_posts_menu_item():
    return TelegramPostsMenuItem(
        _("Telegram posts"),
        reverse("habar_telegram:posts"),
        name="telegram-posts",
        icon_name="mobile-alt",
        order=1510,
    )
