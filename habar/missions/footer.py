"""Every page's footer links to its site's mission page (contacts, emergency phone) and, on
the ministry's site, to the directory of missions."""

from django.utils.translation import gettext as _
from django.utils.translation import override


def footer_links(home, request):
    from .models import MissionDirectoryPage, MissionPage

    links = []
    with override(home.locale.language_code):
        for model, key, title in [
            (MissionPage, "mission", _("Contacts and emergency phone")),
            (MissionDirectoryPage, "missions", _("Embassies and consulates")),
        ]:
            page = model.objects.child_of(home).live().public().only("url_path").first()
            if page is not None:
                links.append({"key": key, "title": title, "url": page.get_url(request)})
    return links
