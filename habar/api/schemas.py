"""The shapes the API answers with; django-ninja turns them into the OpenAPI schema."""

import datetime
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import Field


class FieldError(Schema):
    location: str = Field(description="Where the bad value was, e.g. `query.page`.")
    message: str


class Error(Schema):
    detail: str
    errors: list[FieldError] = []


class Language(Schema):
    code: str = Field(description="Language code, as in the site's URLs: `tk`, `ru`, `en`.")
    name: str = Field(description="The language's name in English.")
    name_local: str = Field(description="The language's name in that language.")
    url: str | None = Field(description="The site's home page in this language.")
    api_url: str = Field(description="This language's articles in the API.")


class Site(Schema):
    id: int
    name: str
    hostname: str
    url: str = Field(description="The site's root URL.")
    current: bool = Field(description="True for the site this request was sent to.")
    default_language: str
    languages: list[Language]
    time_zone: str
    address: str
    phone: str
    email: str


class Section(Schema):
    id: int
    title: str
    slug: str
    intro: str
    url: str
    articles_url: str = Field(description="The section's articles in the API.")


class SectionRef(Schema):
    id: int
    title: str
    slug: str
    url: str


class Tag(Schema):
    name: str
    slug: str


class Rendition(Schema):
    url: str
    width: int
    height: int


class Image(Schema):
    id: int
    title: str
    alt: str = Field(description="Alternative text for readers who cannot see the image.")
    width: int = Field(description="Width of the original.")
    height: int = Field(description="Height of the original.")
    renditions: dict[str, Rendition] = Field(
        description="Resized copies by name: `large`, `thumbnail` and, for lead images, "
        "`share` (1200×630, for social networks)."
    )


class ArticleSummary(Schema):
    id: int
    title: str
    slug: str
    kind: Literal["news", "statement"] = Field(
        description="`statement`: an official statement for the media; else `news`."
    )
    language: str
    url: str
    api_url: str
    publication_date: datetime.datetime | None
    summary: str
    section: SectionRef | None
    tags: list[Tag]
    lead_image: Image | None
    views: int = Field(description="Views, those of the article's syndicated copies included.")


class ArticleList(Schema):
    count: int = Field(description="Articles matching the filters, on all pages.")
    page: int
    page_size: int
    num_pages: int
    next: str | None
    previous: str | None
    items: list[ArticleSummary]


class Translation(Schema):
    id: int
    language: str
    title: str
    url: str
    api_url: str


class ImageBlockValue(Schema):
    image: Image | None
    caption: str


class ParagraphBlock(Schema):
    type: Literal["paragraph"]
    id: str | None
    value: str = Field(description="Sanitized HTML, links and images with absolute URLs.")


class HeadingBlock(Schema):
    type: Literal["heading"]
    id: str | None
    value: str


class ImageBlock(Schema):
    type: Literal["image"]
    id: str | None
    value: ImageBlockValue


class GalleryValue(Schema):
    title: str
    images: list[ImageBlockValue]


class GalleryBlock(Schema):
    type: Literal["gallery"]
    id: str | None
    value: GalleryValue


class EmbedValue(Schema):
    url: str


class EmbedBlock(Schema):
    type: Literal["embed"]
    id: str | None
    value: EmbedValue


class DocumentValue(Schema):
    title: str
    url: str | None
    file_extension: str
    file_size: int | None


class DocumentBlock(Schema):
    type: Literal["document"]
    id: str | None
    value: DocumentValue


class QuoteValue(Schema):
    text: str
    attribution: str


class QuoteBlock(Schema):
    type: Literal["quote"]
    id: str | None
    value: QuoteValue


class TableValue(Schema):
    rows: list[list[Any]]
    first_row_is_table_header: bool
    first_col_is_header: bool
    caption: str


class TableBlock(Schema):
    type: Literal["table"]
    id: str | None
    value: TableValue


Block = Annotated[
    ParagraphBlock
    | HeadingBlock
    | ImageBlock
    | GalleryBlock
    | EmbedBlock
    | DocumentBlock
    | QuoteBlock
    | TableBlock,
    Field(discriminator="type"),
]


class ArticleChange(Schema):
    kind: Literal["update", "correction"]
    note: str = Field(description="The note for readers, in the article's language.")
    date: datetime.datetime = Field(description="When the update or correction was published.")


class ArticleDetail(ArticleSummary):
    canonical_url: str = Field(
        description="Where search engines should look: the origin of a syndicated copy."
    )
    syndicated: bool = Field(description="True for a copy of another site's article.")
    last_published_at: datetime.datetime | None
    date_modified: datetime.datetime | None = Field(
        description="The last update or correction, else the publication date: minor edits "
        "leave it alone."
    )
    changes: list[ArticleChange] = Field(
        description="Updates and corrections published since the article was, oldest first; "
        "a syndicated copy carries its origin's."
    )
    body_html: str = Field(description="The body as sanitized HTML, with absolute URLs.")
    body: list[Block] = Field(description="The body as structured blocks.")
    translations: list[Translation] = Field(
        description="The article in the site's other languages, where it is published."
    )
