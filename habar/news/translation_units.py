"""A page's text to translate, as units keyed by a stable id, and back into a page.

A unit is one piece of text: a page field ("title", "summary"), or a text inside a
StreamField block, named by the field, the block's id and the path inside the block
("body.<block id>", "body.<block id>.caption", "body.<block id>.images.<item id>.alt_text").
Block ids survive edits and copies for translation, so a unit keeps its id while its
block lives, whatever moves around it. Rich text is kept as stored (HTML with Wagtail's
link attributes), so a translator sees and keeps the inline markup.

Only text a reader sees is a unit: ids, URLs, choices, images and documents are not.
Empty texts are no units: there is nothing to translate.
"""

import html
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.fields import StreamField

# Every page has these; page types name their own in `translatable_fields`.
PAGE_FIELDS = ["title", "seo_title", "search_description"]


@dataclass(frozen=True)
class Unit:
    id: str
    text: str
    is_html: bool
    label: str


def words(text):
    """The words a reader reads: no markup, entities read, whitespace collapsed."""
    return html.unescape(strip_tags(text or "")).split()


def same_text(first, second):
    # The admin's rich text editor rewrites markup a translator never sees (the
    # data-block-key of each paragraph): the words tell whether there is anything to do.
    return first == second or words(first) == words(second)


def field_names(page):
    return [*PAGE_FIELDS, *getattr(page, "translatable_fields", [])]


def page_units(page):
    """The page's units in reading order (a page, or a revision's page)."""
    units = []
    for name in field_names(page):
        field = page._meta.get_field(name)
        if isinstance(field, StreamField):
            raw = getattr(page, name).get_prep_value()
            units += stream_units(field.stream_block, raw, name, str(field.verbose_name))
        elif getattr(page, name):
            units.append(Unit(name, getattr(page, name), False, str(field.verbose_name)))
    return units


def units_by_id(page):
    return {unit.id: unit for unit in page_units(page)}


def apply_units(page, texts):
    """Write `texts` (unit id -> text) into `page`'s translatable fields, in place.

    The fields' structure (blocks, images, order) is `page`'s own: only their texts change.
    """
    for name in field_names(page):
        field = page._meta.get_field(name)
        if isinstance(field, StreamField):
            raw = getattr(page, name).get_prep_value()
            setattr(page, name, replace_in_stream(field.stream_block, raw, name, texts))
        elif name in texts:
            setattr(page, name, texts[name])


def stream_units(block, raw, path, label):
    return list(_walk(block, raw, path, label))


def replace_in_stream(block, raw, path, texts):
    """The raw stream data with each unit's text replaced by `texts[unit id]`, if given."""
    return _rebuild(block, raw, path, texts)


def _children(block, raw, path):
    """(child block, child raw value, child path, child label, setter key) of a container."""
    if isinstance(block, blocks.StreamBlock):
        for position, item in enumerate(raw):
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                key = item.get("id") or str(position)
                yield child, item["value"], f"{path}.{key}", child.label, (position, "value")
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if name in raw:
                yield child, raw[name], f"{path}.{name}", child.label, (name,)
    elif isinstance(block, blocks.ListBlock):
        for position, item in enumerate(raw):
            if isinstance(item, dict) and item.get("type") == "item":
                key = item.get("id") or str(position)
                yield (
                    block.child_block,
                    item["value"],
                    f"{path}.{key}",
                    block.label,
                    (
                        position,
                        "value",
                    ),
                )
            else:
                yield block.child_block, item, f"{path}.{position}", block.label, (position,)


def _table_cells(raw, path):
    if raw.get("table_caption"):
        yield ("table_caption",), raw["table_caption"], f"{path}.caption"
    for row_number, row in enumerate(raw.get("data") or []):
        for column, cell in enumerate(row):
            if cell:
                yield ("data", row_number, column), cell, f"{path}.cell.{row_number}.{column}"


def _walk(block, raw, path, label):
    if isinstance(block, blocks.RichTextBlock):
        if raw:
            yield Unit(path, raw, True, str(label))
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        if raw:
            yield Unit(path, raw, False, str(label))
    elif isinstance(block, TableBlock):
        for _key, text, cell_path in _table_cells(raw or {}, path):
            yield Unit(cell_path, text, False, str(_("Table")))
    elif raw:
        for child, value, child_path, child_label, _key in _children(block, raw, path):
            yield from _walk(child, value, child_path, child_label or label)


def _set(container, key, value):
    target = container
    for part in key[:-1]:
        target = target[part]
    target[key[-1]] = value


def _rebuild(block, raw, path, texts):
    if isinstance(block, (blocks.RichTextBlock, blocks.CharBlock, blocks.TextBlock)):
        return texts.get(path, raw) if raw else raw
    if isinstance(block, TableBlock):
        if raw:
            raw = {**raw, "data": [list(row) for row in raw.get("data") or []]}
            for key, text, cell_path in list(_table_cells(raw, path)):
                _set(raw, key, texts.get(cell_path, text))
        return raw
    if not raw or not isinstance(block, (blocks.StreamBlock, blocks.StructBlock, blocks.ListBlock)):
        return raw
    rebuilt = _copy_container(raw)
    for child, value, child_path, _label, key in _children(block, raw, path):
        _set(rebuilt, key, _rebuild(child, value, child_path, texts))
    return rebuilt


def _copy_container(raw):
    if isinstance(raw, dict):
        return dict(raw)
    return [dict(item) if isinstance(item, dict) else item for item in raw]
