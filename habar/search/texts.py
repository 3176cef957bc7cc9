"""Articles' bodies as plain text, for the snippets of the search's results.

Making the text walks every block of the body: it is made once and kept in the parts cache,
keyed as the article's own text in its page is (habar.news.chrome: the site's structure, the
article and its last publish), not made again by every search that shows the article.
"""

from django.core.cache import caches

from habar.news.chrome import CHROME_TIMEOUT, last_publish, structure_version
from habar.news.models import ArticlePage


def plain_text(body):
    return " ".join(ArticlePage._meta.get_field("body").get_searchable_content(body))


def body_texts(request, home, articles):
    """{pk: body as plain text} of `articles` of `home`, which need not have read their
    bodies."""
    version = structure_version(request, home)
    keys = {
        f"search-text:{version}:{article.pk}:{last_publish(article)}": article.pk
        for article in articles
    }
    parts = caches["parts"]
    texts = {keys[key]: text for key, text in parts.get_many(keys).items()}
    missing = [pk for pk in keys.values() if pk not in texts]
    if missing:
        bodies = ArticlePage.objects.filter(pk__in=missing).values_list("pk", "body")
        made = {pk: plain_text(body) for pk, body in bodies}
        parts.set_many(
            {key: made[pk] for key, pk in keys.items() if pk in made}, timeout=CHROME_TIMEOUT
        )
        texts |= made
    return texts
