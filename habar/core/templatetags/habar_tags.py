from django import template
from django.utils.translation import get_language_info

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page):
    """One link per language of the site: the page's translation, else that language's home.

    Returns dicts with code, name, url, current, and whether the target is a translation
    of this very page (for hreflang alternates).
    """
    request = context["request"]
    site_settings = context["settings"]["habar_sites"]["SiteSettings"]
    translations = {
        p.locale.language_code: p
        for p in page.get_translations(inclusive=True).live().select_related("locale")
    }
    home = context.get("home_page")
    homes = {}
    if home is not None:
        homes = {
            p.locale.language_code: p
            for p in home.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    for code in site_settings.languages:
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        links.append(
            {
                "code": code,
                # Each language under its own name: a reader looks for "Русский", not "Russian".
                "name": get_language_info(code)["name_local"],
                "url": target.get_url(request=request),
                "full_url": target.get_full_url(request=request),
                "current": target.pk == page.pk,
                "is_translation": code in translations,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The live sections of the current site and language, for the main navigation."""
    from habar.news.models import ArticleIndexPage

    home = context.get("home_page")
    if home is None:
        return ArticleIndexPage.objects.none()
    return ArticleIndexPage.objects.child_of(home).live().public().only("title", "url_path")


@register.simple_tag(takes_context=True)
def canonical_url(context, page):
    """The page's one address for search engines: the origin's for syndicated copies,
    and the listing page number where there is one."""
    request = context["request"]
    url = (
        page.canonical_url(request)
        if hasattr(page, "canonical_url")
        else page.get_full_url(request=request)
    )
    number = request.GET.get("page", "")
    if number.isdigit() and number != "1":
        url += f"?page={number}"
    return url
