from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class WordsField(SearchVectorField):
    """A tsvector on PostgreSQL. Other databases get a text column that stays empty: the
    table exists everywhere, so deleting an article cascades the same way everywhere."""

    def db_type(self, connection):
        return super().db_type(connection) if connection.vendor == "postgresql" else "text"


class SearchDocument(models.Model):
    """An article's words and date, for the reader search on PostgreSQL.

    Wagtail's index keeps each page's words in two columns and knows no dates, so the
    newest matches of a common word can only be found there by joining and sorting every
    match. Here each article is one narrow row, indexed both by its words and by its date:
    whether a word is in ten articles or in all of them, the newest ones are read straight
    off an index. Written by the search backend (backends/postgres.py) whenever Wagtail
    indexes an article.
    """

    article = models.OneToOneField(
        "news.ArticlePage",
        verbose_name=_("article"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    # Copies of the page's own fields, so that finding the newest matches reads no other
    # table: set when the article is saved or moved (signal_handlers.py) and indexed.
    live = models.BooleanField(_("live"), default=False)
    path = models.CharField(_("tree path"), max_length=255, db_index=True)
    publication_date = models.DateTimeField(_("publication date"), null=True)
    # Wagtail's title and body vectors in one, their weights kept.
    words = WordsField(_("words"))

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        ordering = ["-publication_date"]

    def __str__(self):
        return str(self.article_id)
