"""A large archive in minutes, for scale tests: `habar demo --articles 100000`.

Adding pages one by one through Wagtail's tree costs several queries each (an hour for
100,000). These articles are written in batches instead: the tree paths, URL paths and
depths computed here as Wagtail's tree (django-treebeard's materialised paths) would,
the page rows and the article rows inserted in bulk, the search index filled in bulk, and
the sections' child counts set once at the end. The pages are ordinary Wagtail pages
afterwards: editable, movable, searchable.
"""

import random
import uuid
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from habar.news.models import ArticleIndexPage, ArticlePage

BATCH = 2000
TOPICS = [
    "consultations",
    "a memorandum of understanding",
    "the intergovernmental commission",
    "a cultural week",
    "transport corridors",
    "energy cooperation",
    "a humanitarian shipment",
    "the neutrality anniversary",
    "a business forum",
    "consular services",
]
PARTNERS = [
    "Germany",
    "the Republic of Korea",
    "Kazakhstan",
    "Uzbekistan",
    "Türkiye",
    "Japan",
    "the European Union",
    "the United Nations",
    "Azerbaijan",
    "China",
]


def tree_step(number, steplen=Page.steplen, alphabet=Page.alphabet):
    """A child's path segment, as django-treebeard numbers siblings."""
    digits = []
    while number:
        number, remainder = divmod(number, len(alphabet))
        digits.append(alphabet[remainder])
    return "".join(reversed(digits)).rjust(steplen, alphabet[0])


def last_child_number(parent):
    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by(
        "-path"
    )
    path = last.values_list("path", flat=True).first()
    return int(path[-Page.steplen :], len(Page.alphabet)) if path else 0


def article_fields(number, section, rng, when):
    topic, partner = rng.choice(TOPICS), rng.choice(PARTNERS)
    title = f"Archive {number}: {topic} with {partner}"
    paragraphs = [
        f"Diplomats of Turkmenistan and {partner} discussed {topic} on "
        f"{when:%d.%m.%Y}, the ministry reports.",
        f"The sides reviewed the state of {topic} and agreed to continue the dialogue.",
    ]
    return title, paragraphs


def build_archive(home, count, seed=2020, stdout=None):
    """Add `count` live articles under the sections of `home`, spread over ten years."""
    sections = list(ArticleIndexPage.objects.child_of(home).order_by("path"))
    if not sections:
        raise ValueError("the home page has no sections")
    rng = random.Random(seed)  # noqa: S311  (made-up news, the same on every run)
    page_type = ContentType.objects.get_for_model(ArticlePage)
    backend = get_search_backend()
    next_number = {section.pk: last_child_number(section) + 1 for section in sections}
    start = timezone.now() - timedelta(days=3650)
    existing = ArticlePage.objects.descendant_of(home).filter(slug__startswith="archive-").count()
    created = 0
    while created < count:
        pages = []
        for number in range(existing + created + 1, existing + min(count, created + BATCH) + 1):
            section = sections[number % len(sections)]
            when = start + timedelta(minutes=int(3650 * 24 * 60 * (number / (existing + count))))
            step = next_number[section.pk]
            next_number[section.pk] += 1
            pages.append(new_article(section, step, number, when, rng, page_type))
        backend.add_bulk(ArticlePage, save_articles(pages))
        created += len(pages)
        if stdout is not None:
            stdout.write(f"  {created}/{count}")
    recount_children(sections)
    if connection.vendor == "postgresql":
        # Fresh planner statistics: a table that grew from hundreds of rows to 100,000 in a
        # minute would otherwise be planned as small until autovacuum comes round.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return created


def new_article(section, step, number, when, rng, page_type):
    """The unsaved article `number` of the archive, at tree step `step` under `section`."""
    title, paragraphs = article_fields(number, section, rng, when)
    slug = f"archive-{number}"
    return ArticlePage(
        title=title,
        draft_title=title,
        slug=slug,
        path=section.path + tree_step(step),
        depth=section.depth + 1,
        numchild=0,
        url_path=f"{section.url_path}{slug}/",
        content_type=page_type,
        locale_id=section.locale_id,
        translation_key=uuid.uuid4(),
        live=True,
        has_unpublished_changes=False,
        first_published_at=when,
        last_published_at=when,
        publication_date=when,
        summary=paragraphs[0],
        body=[("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs],
    )


@transaction.atomic
def save_articles(pages):
    """Insert the unsaved articles `pages` in bulk (their page rows, then their own)."""
    base_fields = [f.attname for f in Page._meta.concrete_fields if f.attname != "id"]
    base_rows = Page.objects.bulk_create(
        [Page(**{name: getattr(page, name) for name in base_fields}) for page in pages]
    )
    if any(row.pk is None for row in base_rows):
        # Databases that do not return ids from bulk inserts: read them back.
        ids = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
        for row in base_rows:
            row.pk = ids[row.path]
    for page, row in zip(pages, base_rows, strict=True):
        page.pk = page.page_ptr_id = page.id = row.pk
    columns = [f for f in ArticlePage._meta.local_concrete_fields if f.name != "page_ptr"]
    insert_article_rows(pages, columns)
    return pages


def recount_children(sections):
    """Set each section's `numchild` from the tree, after articles were added behind it."""
    for section in sections:
        section.numchild = Page.objects.filter(
            path__startswith=section.path, depth=section.depth + 1
        ).count()
        Page.objects.filter(pk=section.pk).update(numchild=section.numchild)


def insert_article_rows(articles, columns):
    """The article table's own rows (multi-table inheritance: Django has no bulk_create)."""
    table = connection.ops.quote_name(ArticlePage._meta.db_table)
    names = [connection.ops.quote_name("page_ptr_id")] + [
        connection.ops.quote_name(field.column) for field in columns
    ]
    placeholders = ", ".join(["%s"] * len(names))
    rows = [
        [article.pk]
        + [field.get_db_prep_save(getattr(article, field.attname), connection) for field in columns]
        for article in articles
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({placeholders})",  # noqa: S608
            rows,
        )
