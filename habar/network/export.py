"""The network as it is, written in the format `habar network apply` reads."""

import re

import tomli_w
from wagtail.models import Site

from habar.sites.models import SiteSettings

from .parts import registered_parts
from .roles import exported_accounts, has_review
from .sites import current_homes, sections_of

LIST = re.compile(r'\[\n((?:    "[^"\n]*",\n)+)\]')
HEADER = (
    "# The Habar network: its sites, their sections, groups and accounts.\n"
    "# Apply it with `habar network apply FILE`; `habar network export` writes it.\n\n"
)


def export_network(home_slug_prefix=""):
    """The network file's text for every site whose root is a home page."""
    sites = {}
    ordered = sorted(Site.objects.all(), key=lambda s: (not s.is_default_site, s.hostname, s.port))
    for site in ordered:
        homes = current_homes(site)
        if not homes:
            continue
        key = free_key(site_key(site, homes, home_slug_prefix), sites)
        sites[key] = export_site(site, homes)
    return HEADER + inline_lists(tomli_w.dumps({"sites": sites}))


def inline_lists(text):
    """Lists of texts on one line, as people write them: languages = ["de", "en"]."""

    def one_line(match):
        items = [line.strip().removesuffix(",") for line in match.group(1).splitlines()]
        return f"[{', '.join(items)}]"

    return LIST.sub(one_line, text)


def unexported_sites():
    """Sites the file cannot describe: their root page is not a home page."""
    return [site for site in Site.objects.order_by("hostname", "port") if not current_homes(site)]


def site_key(site, homes, prefix):
    """The key the site's home pages were named by ("berlin" for berlin-de, berlin-en)."""
    root = site.root_page
    code = next((c for c, home in homes.items() if home.pk == root.pk), "")
    slug = root.slug
    if slug.endswith(f"-{code}"):
        slug = slug[: -len(code) - 1]
    if prefix and slug.startswith(prefix):
        slug = slug[len(prefix) :]
    return slug or site.hostname.split(".")[0]


def free_key(key, taken):
    candidate, number = key, 1
    while candidate in taken:
        number += 1
        candidate = f"{key}-{number}"
    return candidate


def export_site(site, homes):
    # Read only: a site without settings exports the defaults they would get.
    settings = SiteSettings.objects.filter(site=site).first() or SiteSettings(site=site)
    languages = [code for code in settings.languages if code in homes]
    homes = {code: homes[code] for code in languages}
    entry = {"hostname": site.hostname, "port": site.port}
    if site.is_default_site:
        entry["default"] = True
    entry.update(
        languages=languages,
        default_language=settings.default_language,
        time_zone=settings.time_zone,
        address=settings.address,
        phone=settings.phone,
        email=settings.email,
        description=settings.description,
        review=has_review(site.site_name or settings.name, homes),
        name={code: home.title for code, home in homes.items()},
    )
    sections = {}
    for code, by_slug in sections_of(homes).items():
        for slug, section in by_slug.items():
            sections.setdefault(slug, {})[code] = section.title
    entry["sections"] = sections
    entry["accounts"] = exported_accounts(site)
    for name, part in registered_parts().items():
        value = part.export(site)
        if value is not None:
            entry[name] = value
    return entry
