"""How to reach missions, for the pages of other apps (where to apply for a service, ...).

A mission's address is written per language on its page; its phones and e-mail are its
details. A site that is not a mission (or has not said) answers with its site settings.
"""

from wagtail.models import Page

from habar.sites.models import SiteSettings

from .models import MissionDetails, MissionPage


def contacts(sites, locale):
    """{site id: {"address", "phone", "emergency_phone", "email", "mission_url"}} for
    `sites`, in `locale`'s language where the mission has a page in it."""
    settings = {found.site_id: found for found in SiteSettings.objects.filter(site__in=sites)}
    details = {found.site_id: found for found in MissionDetails.objects.filter(site__in=sites)}
    homes = dict(
        Page.objects.filter(
            translation_key__in=[site.root_page.translation_key for site in sites], locale=locale
        ).values_list("translation_key", "path")
    )
    missions = MissionPage.objects.live().filter(locale=locale)
    pages = {page._get_parent_path_from_path(page.path): page for page in missions}
    found = {}
    for site in sites:
        site_settings = settings.get(site.pk) or SiteSettings(site=site)
        mission = details.get(site.pk)
        page = pages.get(homes.get(site.root_page.translation_key))
        phones = mission.phone_list() if mission else []
        found[site.pk] = {
            "address": (page.address if page and page.address else site_settings.address),
            "phone": phones[0] if phones else site_settings.phone,
            "emergency_phone": mission.emergency_phone if mission else "",
            "email": (mission.email if mission and mission.email else site_settings.email),
            "mission_url": page.get_url() if page else "",
        }
    return found
