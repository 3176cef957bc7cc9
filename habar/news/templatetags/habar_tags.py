import json

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.cache import CacheNode
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info

from habar.core.pagecache.entries import canonical_query
from habar.news.chrome import CHROME_TIMEOUT, page_translations

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page):
    """One link per language of the site: the page's translation, else that language's home.

    Returns dicts with code, name, url, current, and whether the target is a translation
    of this very page (for hreflang alternates).
    """
    request = context["request"]
    site_settings = context["settings"]["habar_sites"]["SiteSettings"]
    translations = page_translations(request, page)
    homes = context.get("language_homes", {})
    links = []
    for code in site_settings.languages:
        if code in translations:
            url, full_url = translations[code]["url"], translations[code]["full_url"]
        elif code in homes:
            url, full_url = homes[code]["url"], homes[code]["full_url"]
        else:
            continue
        links.append(
            {
                "code": code,
                # Each language under its own name: a reader looks for "Русский", not "Russian".
                "name": get_language_info(code)["name_local"],
                "url": url,
                "full_url": full_url,
                "current": code in translations and translations[code]["pk"] == page.pk,
                "is_translation": code in translations,
            }
        )
    return links


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


@register.simple_tag(takes_context=True)
def meta_description(context, page=None):
    """What search engines and link previews say of the page: its own description, else
    the site's. Both are already loaded (the page, the cached site settings): no query."""
    own = page.meta_description() if hasattr(page, "meta_description") else ""
    if own:
        return own
    settings = context.get("settings")  # Wagtail's lazy proxy, absent without a request
    try:
        return settings["habar_sites"]["SiteSettings"].description if settings is not None else ""
    except ObjectDoesNotExist:
        return ""  # no site answers this host: a "not found" page


@register.simple_tag
def ld_json(data):
    """Structured data for search engines, safe inside HTML: no "</script>" can close it."""
    text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag(takes_context=True)
def article_structured_data(context, page, breadcrumbs, home_page, share_image=None):
    request = context["request"]
    image_url = request.build_absolute_uri(share_image.url) if share_image else None
    return page.structured_data(request, breadcrumbs, home_page.title, image_url)


class FragmentNode(CacheNode):
    """Django's {% cache %}, except where the part must be rendered: a preview (it shows a
    draft), a query the page cache would not store either (`?page=abc`: made-up queries add
    no entries, and a part keyed by `request.GET.page` has a bounded number of copies) and
    a page without the chrome's version (no site answers, as on some errors)."""

    def render(self, context):
        request = context.get("request")
        version = self.vary_on[0].resolve(context)
        if not version or request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        if canonical_query(request.META.get("QUERY_STRING", "")) is None:
            return self.nodelist.render(context)
        return super().render(context)


@register.tag
def fragment(parser, token):
    """{% fragment "name" version key ... %}…{% endfragment %}: a part of a page rendered
    once per version of the site's pages (habar.news.chrome: fragment_version for what lists
    news, structure_version for the rest) and the keys, and taken from the cache while that
    version lasts."""
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError("fragment takes a name and the site's version")
    return FragmentNode(
        nodelist,
        parser.compile_filter(str(CHROME_TIMEOUT)),
        bits[1].strip("\"'"),
        [parser.compile_filter(bit) for bit in bits[2:]],
        parser.compile_filter('"parts"'),  # kept in each process's memory too
    )
