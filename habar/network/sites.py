"""A site of the network file made real: its Site, homes per language, settings, sections."""

from wagtail.models import Locale, Page, Site

from habar.news.models import ArticleIndexPage, HomePage
from habar.sites.models import SiteSettings

from .schema import NetworkFileError

WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"
SETTINGS_FIELDS = [
    "name",
    "languages",
    "default_language",
    "time_zone",
    "address",
    "phone",
    "email",
    "description",
]


class Changes(list):
    """What applying the file changed (or, in a dry run, would change), one line each."""

    def add(self, line):
        self.append(line)


def wagtail_welcome_pages():
    """The placeholder page Wagtail's first migration creates, if nobody has touched it."""
    return Page.objects.filter(depth=2, slug="home", title=WAGTAIL_WELCOME_TITLE, numchild=0)


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def find_site(spec):
    site = Site.objects.filter(hostname=spec.hostname, port=spec.port).first()
    if site is None:
        same_host = list(Site.objects.filter(hostname=spec.hostname)[:2])
        site = same_host[0] if len(same_host) == 1 else None
    if site is None and spec.default:
        # A fresh install: the default site Wagtail made, still showing its welcome page.
        site = Site.objects.filter(root_page__in=wagtail_welcome_pages()).first()
    return site


def current_homes(site):
    """The site's home pages by language: its root page and the root's translations."""
    if site is None or wagtail_welcome_pages().filter(pk=site.root_page_id).exists():
        return {}
    root = site.root_page
    if not isinstance(root.specific, HomePage):
        return None
    pages = root.get_translations(inclusive=True).type(HomePage).select_related("locale")
    return {page.locale.language_code: page.specific for page in pages}


def apply_site(spec, changes, *, home_slug_prefix=""):
    """Bring one site up to its spec; answer the Site and its homes by language."""
    site = find_site(spec)
    homes = current_homes(site)
    if homes is None:
        raise NetworkFileError(
            [f"sites.{spec.key}: the root page of {site} is not a home page; change it first"]
        )
    homes = apply_homes(spec, homes, changes, home_slug_prefix)
    site = save_site(spec, site, homes, changes)
    apply_settings(spec, site, changes)
    apply_sections(spec, homes, changes)
    return site, homes


def apply_homes(spec, homes, changes, prefix):
    root = Page.get_first_root_node()
    for code in spec.languages:
        slug = f"{prefix}{spec.key}-{code}"
        home = homes.get(code) or HomePage.objects.filter(depth=2, slug=slug).first()
        if home is None:
            home = HomePage(title=spec.names[code], slug=free_slug(slug), locale=locale(code))
            if homes:
                home.translation_key = next(iter(homes.values())).translation_key
            root.add_child(instance=home)
            changes.add(f"+ {spec.key}: home page in {code} ({spec.names[code]})")
        else:
            retitle(home, spec.names[code], changes, f"{spec.key}: home page in {code}")
        homes[code] = home
    return homes


def free_slug(slug):
    candidate, number = slug, 1
    while Page.objects.filter(depth=2, slug=candidate).exists():
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def retitle(page, title, changes, what):
    if page.title == title:
        return
    changes.add(f"~ {what}: title {page.title!r} -> {title!r}")
    page.title = title
    page.draft_title = title
    revision = page.save_revision(clean=False)
    revision.publish()


def save_site(spec, site, homes, changes):
    welcome = list(wagtail_welcome_pages())
    wanted = {
        "hostname": spec.hostname,
        "port": spec.port,
        "site_name": spec.display_name,
        "root_page_id": homes[spec.default_language].pk,
        "is_default_site": spec.default,
    }
    if site is None:
        site = Site(**wanted)
        changes.add(f"+ {spec.key}: site {spec.hostname}:{spec.port}")
    else:
        differing = [name for name, value in wanted.items() if getattr(site, name) != value]
        if not differing:
            return site
        described = [f"{name} {getattr(site, name)!r} -> {wanted[name]!r}" for name in differing]
        changes.add(f"~ {spec.key}: site {', '.join(described)}")
        for name, value in wanted.items():
            setattr(site, name, value)
    if spec.default:
        for other in Site.objects.filter(is_default_site=True).exclude(pk=site.pk):
            changes.add(f"~ {other.hostname}:{other.port} is no longer the default site")
            other.is_default_site = False
            other.save(update_fields=["is_default_site"])
    site.save()
    for page in welcome:
        if not Site.objects.filter(root_page=page).exists():
            page.delete()
    return site


def apply_settings(spec, site, changes):
    settings = SiteSettings.for_site(site)
    wanted = {
        "name": spec.display_name,
        "languages": list(spec.languages),
        "default_language": spec.default_language,
        "time_zone": spec.time_zone,
        "address": spec.address,
        "phone": spec.phone,
        "email": spec.email,
        "description": spec.description,
    }
    differing = [name for name, value in wanted.items() if getattr(settings, name) != value]
    if not differing:
        return
    changes.add(f"~ {spec.key}: settings {', '.join(differing)}")
    for name, value in wanted.items():
        setattr(settings, name, value)
    settings.save()


def apply_sections(spec, homes, changes):
    for slug, titles in spec.sections.items():
        translation_key = None
        found = {}
        for code in titles:
            found[code] = ArticleIndexPage.objects.child_of(homes[code]).filter(slug=slug).first()
            if found[code] is not None:
                translation_key = translation_key or found[code].translation_key
        for code, title in titles.items():
            what = f"{spec.key}: section {slug} in {code}"
            section = found[code]
            if section is None:
                section = ArticleIndexPage(title=title, slug=slug, locale=homes[code].locale)
                if translation_key is not None:
                    section.translation_key = translation_key
                homes[code].add_child(instance=section)
                translation_key = section.translation_key
                changes.add(f"+ {what} ({title})")
            else:
                retitle(section, title, changes, what)


def sections_of(homes):
    """The sections under each home: {language: {slug: section}}."""
    return {
        code: {page.slug: page for page in ArticleIndexPage.objects.child_of(home)}
        for code, home in homes.items()
    }
