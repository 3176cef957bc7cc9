from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from habar.news.parity_views import user_can_see_parity

from .views import ExportView, ImportView


@hooks.register("register_admin_urls")
def register_translation_file_urls():
    urls = [
        path("export/<int:page_id>/", ExportView.as_view(), name="export"),
        path("import/", ImportView.as_view(), name="import"),
        path("import/<int:page_id>/", ImportView.as_view(), name="import_for_page"),
    ]
    return [path("translations/", (urls, "habar_translations", "habar_translations"))]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_see_parity(request.user)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import translation"),
        reverse("habar_translations:import"),
        name="import-translation",
        icon_name="upload",
        order=350,
    )


def translation_buttons(page, user):
    if page.depth <= 1 or not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Export for translation"),
        reverse("habar_translations:export", args=[page.pk]),
        icon_name="download",
        priority=36,
    )
    yield Button(
        _("Import translation"),
        reverse("habar_translations:import_for_page", args=[page.pk]),
        icon_name="upload",
        priority=37,
    )


@hooks.register("register_page_header_buttons")
def translation_header_buttons(page, user, view_name, next_url=None):
    yield from translation_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def translation_listing_buttons(page, user, next_url=None):
    yield from translation_buttons(page, user)
