"""What other page-type apps add to the sites news builds: pages under each home and links
in every page's footer. They register here from their AppConfig.ready(), so news needs no
import of theirs (as page types register what is countable in habar.stats.countable).
"""

# The page types a home page may hold: its sections, and those apps register.
HOME_CHILDREN = ["news.ArticleIndexPage"]

# Callables (home, request) -> list of {"key", "title", "url"}: each app's footer links for
# one site in one language.
FOOTER_LINKS = []


def allow_under_home(model_label):
    """Let editors add pages of `model_label` ("app.Model") under a home page."""
    if model_label not in HOME_CHILDREN:
        HOME_CHILDREN.append(model_label)


def register_footer_links(build):
    if build not in FOOTER_LINKS:
        FOOTER_LINKS.append(build)


def footer_links(home, request):
    """Every registered link of `home`'s site and language (cached with the chrome)."""
    return [link for build in FOOTER_LINKS for link in build(home, request)]
