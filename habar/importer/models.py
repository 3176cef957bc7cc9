from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedItem(models.Model):
    """One item of an old archive and the page it became: importing it again updates that
    page instead of adding another."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="imported_items",
    )
    source_id = models.CharField(
        _("source identity"),
        max_length=255,
        help_text=_("Stable identity of the item in the old archive: its address, id or text."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="imported_items",
    )
    checksum = models.CharField(_("checksum"), max_length=64)
    views = models.BigIntegerField(
        _("imported views"),
        default=0,
        help_text=_("The old archive's count, already added to the page's total."),
    )
    old_paths = models.JSONField(_("old addresses"), default=list, blank=True)
    source = models.CharField(_("source"), max_length=1000, blank=True)
    imported_at = models.DateTimeField(_("first imported"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last imported"), auto_now=True)

    class Meta:
        verbose_name = _("imported item")
        verbose_name_plural = _("imported items")
        ordering = ["site", "source_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "source_id"], name="importer_one_item_per_source_id"
            )
        ]

    def __str__(self):
        return self.source_id
