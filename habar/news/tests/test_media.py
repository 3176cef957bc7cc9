"""Images and documents: alternative text per language, focal-point crops, AVIF/WebP
pictures with fallbacks, upload limits, no SVG, documents served as downloads."""

import io
import os
import struct
import zlib

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import InMemoryStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file, get_test_image_file_jpeg
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from habar.accounts.testing import verified_login
from habar.news import images
from habar.news.blocks import GalleryBlock, ImageBlock
from habar.news.models import ArticlePage
from habar.news.tests.factories import ArticlePageFactory, ashgabat

Image = get_image_model()
Rendition = Image.get_rendition_model()
Document = get_document_model()


def jpeg_image(title="Photo", size=(1600, 1000)):
    return Image.objects.create(title=title, file=get_test_image_file_jpeg(size=size))


def png_image(title="Logo", size=(1600, 1000)):
    return Image.objects.create(title=title, file=get_test_image_file(size=size))


def striped_image(top, bottom, size=(600, 1200)):
    """A tall JPEG, `top` colour above its middle and `bottom` below it."""
    picture = PILImage.new("RGB", size, top)
    picture.paste(bottom, (0, size[1] // 2, size[0], size[1]))
    data = io.BytesIO()
    picture.save(data, "JPEG", quality=95)
    return Image.objects.create(title="Stripes", file=ContentFile(data.getvalue(), "stripes.jpg"))


def parse(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def article(tree):
    return ArticlePageFactory(
        parent=tree.section("politics"),
        title="Talks in Geneva",
        lead_image=jpeg_image(),
        lead_image_alt="The two delegations at the table",
    )


# Pictures ------------------------------------------------------------------------------


def test_lead_image_is_a_picture_with_avif_and_webp_sources(article, reader):
    picture = parse(reader.get(article.url)).select_one("figure.lead-image picture")

    assert [source["type"] for source in picture.select("source")] == [
        "image/avif",
        "image/webp",
    ]


def test_each_source_offers_three_widths(article, reader):
    picture = parse(reader.get(article.url)).select_one("figure.lead-image picture")

    for source in picture.select("source"):
        widths = [candidate.split()[-1] for candidate in source["srcset"].split(", ")]
        assert widths == ["400w", "800w", "1200w"]
        assert source["sizes"] == images.PLACEMENTS["lead"].sizes


def test_jpeg_original_falls_back_to_jpeg(article, reader):
    img = parse(reader.get(article.url)).select_one("figure.lead-image picture img")

    assert img["src"].endswith(".jpg")
    assert img["srcset"].count(".jpg") == 3
    assert (img["width"], img["height"]) == ("400", "225")


def test_png_original_falls_back_to_png(tree, reader):
    article = ArticlePageFactory(
        parent=tree.section("politics"), lead_image=png_image(), lead_image_alt="Emblem"
    )

    img = parse(reader.get(article.url)).select_one("figure.lead-image picture img")

    assert img["src"].endswith(".png")


@pytest.mark.parametrize(
    ("spec", "signature"),
    [
        ("fill-800x450|format-avif", b"ftypavif"),
        ("fill-800x450|format-webp", b"WEBP"),
        ("fill-800x450|format-jpeg", b"\xff\xd8\xff"),
    ],
)
def test_renditions_are_in_their_format(article, reader, spec, signature):
    reader.get(article.url)

    rendition = Rendition.objects.get(image=article.lead_image, filter_spec=spec)
    with rendition.file.open() as f:
        assert signature in f.read(16)


def test_lead_image_alt_is_the_pages_own(article, reader):
    img = parse(reader.get(article.url)).select_one("figure.lead-image img")

    assert img["alt"] == "The two delegations at the table"


def test_each_translation_describes_the_image_in_its_language(article, tree, reader):
    russian = ArticlePageFactory(
        parent=tree.section("politics", "ru"),
        title="Переговоры в Женеве",
        slug="peregovory",
        translation_key=article.translation_key,
        lead_image=article.lead_image,
        lead_image_alt="Две делегации за столом",
    )

    img = parse(reader.get(russian.url)).select_one("figure.lead-image img")

    assert img["alt"] == "Две делегации за столом"
    assert russian.lead_image_id == article.lead_image_id


def test_picture_markup_needs_no_inline_style(article, reader):
    response = reader.get(article.url)
    figure = parse(response).select_one("figure.lead-image")

    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert figure.select("[style]") == []


def test_lead_image_is_not_lazy_but_body_images_are(tree, reader):
    article = ArticlePageFactory(
        parent=tree.section("politics"),
        lead_image=jpeg_image(),
        lead_image_alt="Lead",
        body=[("image", {"image": jpeg_image(), "alt_text": "Flags", "caption": "Flags"})],
    )
    page = parse(reader.get(article.url))

    assert page.select_one("figure.lead-image img").get("loading") is None
    assert page.select_one(".body figure.block-image img")["loading"] == "lazy"


def test_body_image_keeps_its_shape_and_its_alt(tree, reader):
    article = ArticlePageFactory(
        parent=tree.section("politics"),
        body=[("image", {"image": jpeg_image(), "alt_text": "Flags", "caption": "At the UN"})],
    )
    figure = parse(reader.get(article.url)).select_one(".body figure.block-image")

    assert figure.img["alt"] == "Flags"
    assert (figure.img["width"], figure.img["height"]) == ("400", "250")  # 1600x1000 scaled
    assert figure.figcaption.get_text() == "At the UN"


def test_gallery_images_are_pictures_with_their_own_alt(tree, reader):
    gallery = {
        "title": "The visit",
        "images": [
            {"image": jpeg_image(), "alt_text": "Arrival", "caption": ""},
            {"image": jpeg_image(), "alt_text": "Signing", "caption": "Signed"},
        ],
    }
    article = ArticlePageFactory(parent=tree.section("politics"), body=[("gallery", gallery)])
    pictures = parse(reader.get(article.url)).select(".block-gallery picture")

    assert [p.img["alt"] for p in pictures] == ["Arrival", "Signing"]
    assert all(len(p.select("source")) == len(images.MODERN_FORMATS) for p in pictures)


def test_without_avif_support_webp_and_the_fallback_remain(article, reader, monkeypatch):
    monkeypatch.setattr(images, "MODERN_FORMATS", ("webp",))

    picture = parse(reader.get(article.url)).select_one("figure.lead-image picture")

    assert [source["type"] for source in picture.select("source")] == ["image/webp"]
    assert picture.img["src"].endswith(".jpg")


def test_card_shows_the_lead_image_with_its_alt(article, tree, reader):
    card = parse(reader.get(tree.section("politics").url)).select_one("article.card")

    assert card.select_one("picture img")["alt"] == "The two delegations at the table"
    assert card.select_one("picture img")["loading"] == "lazy"


def test_article_without_image_has_no_picture(tree, reader):
    article = ArticlePageFactory(parent=tree.section("politics"))

    page = parse(reader.get(article.url))

    assert page.select("picture") == []
    assert parse(reader.get(tree.section("politics").url)).select("article.card picture") == []


# Focal point ---------------------------------------------------------------------------


def crop_colour(image, placement="card"):
    spec = images.PLACEMENTS[placement].filter_specs("jpeg")[0]
    rendition = image.get_rendition(spec)
    with rendition.file.open() as f:
        picture = PILImage.open(f).convert("RGB")
        colours = picture.getcolors(maxcolors=picture.width * picture.height)
    red = sum(n for n, (r, g, b) in colours if r > 200 and b < 60)
    blue = sum(n for n, (r, g, b) in colours if b > 200 and r < 60)
    return "red" if red > 0.95 * (red + blue) else "blue" if blue > 0.95 * (red + blue) else "both"


def test_crops_follow_the_focal_point(db):
    image = striped_image(top="blue", bottom="red")
    assert crop_colour(image) == "both"  # centred: half of each

    image.focal_point_x, image.focal_point_y = 300, 1100
    image.focal_point_width, image.focal_point_height = 100, 100
    image.save()
    assert crop_colour(image) == "red"

    image.focal_point_y = 100
    image.save()
    assert crop_colour(image) == "blue"


# Renditions off the reading path -------------------------------------------------------


def test_publishing_makes_the_renditions(tree, django_capture_on_commit_callbacks):
    photo, other = jpeg_image(), jpeg_image()
    article = ArticlePageFactory(
        parent=tree.section("politics"),
        live=False,
        lead_image=photo,
        lead_image_alt="Lead",
        body=[("image", {"image": other, "alt_text": "Flags", "caption": ""})],
    )
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    made = set(Rendition.objects.filter(image=photo).values_list("filter_spec", flat=True))
    assert made == {
        *images.PLACEMENTS["lead"].filter_specs("jpeg"),
        *images.PLACEMENTS["card"].filter_specs("jpeg"),
        images.SHARE_SPEC,
    }
    assert Rendition.objects.filter(image=other).count() == len(
        images.PLACEMENTS["body"].filter_specs("jpeg")
    )


@pytest.mark.both_engines
def test_reader_after_publish_makes_no_rendition(tree, reader, django_capture_on_commit_callbacks):
    article = ArticlePageFactory(
        parent=tree.section("politics"), live=False, lead_image=jpeg_image(), lead_image_alt="L"
    )
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    before = Rendition.objects.count()

    parse(reader.get(article.url))
    parse(reader.get(tree.section("politics").url))

    assert Rendition.objects.count() == before


def add_illustrated(section, count):
    for n in range(count):
        photo = jpeg_image(size=(800, 500))
        for placement in ("card", "lead"):
            photo.get_renditions(*images.PLACEMENTS[placement].filter_specs("jpeg"))
        ArticlePageFactory(
            parent=section,
            publication_date=ashgabat(2025, 1, 1 + n),
            lead_image=photo,
            lead_image_alt=f"Photo {n}",
        )


def queries_for(client, url, settings):
    settings.HABAR_PAGE_CACHE = False
    parse(client.get(url))  # the site's chrome and Wagtail's site roots get cached
    with CaptureQueriesContext(connection) as captured:
        parse(client.get(url))
    return len(captured)


@pytest.mark.both_engines
@pytest.mark.parametrize("where", ["section", "home", "all news"])
def test_list_queries_do_not_grow_with_cards(
    tree, reader, settings, where, django_assert_max_num_queries
):
    section = tree.section("politics")
    url = {
        "section": section.url,
        "home": tree.homes["en"].url,
        "all news": tree.homes["en"].url + "news/",
    }[where]
    add_illustrated(section, 2)
    few = queries_for(reader, url, settings)
    add_illustrated(section, 8)
    parse(reader.get(url))

    with django_assert_max_num_queries(few):
        page = parse(reader.get(url))

    assert len(page.select("article.card picture")) == 10
    print(f"{where}: {few} queries for a list of 2 or 10 illustrated cards")


# Alternative text is required where an image is placed ---------------------------------


def test_image_block_requires_alt_text(db):
    with pytest.raises(ValidationError):
        ImageBlock().clean({"image": jpeg_image(), "alt_text": "", "caption": ""})


def test_gallery_images_require_alt_text(db):
    value = GalleryBlock().to_python(
        {"title": "", "images": [{"image": jpeg_image().pk, "alt_text": "", "caption": ""}]}
    )
    with pytest.raises(ValidationError):
        GalleryBlock().clean(value)


@pytest.fixture
def superuser_client(django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "x" * 16)
    # The admin in English: the platform's default language is Turkmen.
    return verified_login(Client(headers={"Accept-Language": "en"}), user)


def edit_article(client, article, action="action-publish", **fields):
    data = nested_form_data(
        {
            "title": article.title,
            "kind": "news",
            "slug": article.slug,
            "summary": "",
            "lead_image": "",
            "lead_image_alt": "",
            "body": streamfield([]),
            "tags": "",
            "related_links": inline_formset([]),
            action: action,
            **fields,
        }
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)


def test_admin_refuses_a_lead_image_without_alt(article, superuser_client):
    response = edit_article(superuser_client, article, lead_image=article.lead_image.pk)

    assert response.status_code == 200
    assert "lead_image_alt" in response.context["form"].errors


def test_admin_saves_a_lead_image_with_alt(article, superuser_client):
    response = edit_article(
        superuser_client, article, lead_image=article.lead_image.pk, lead_image_alt="Delegations"
    )

    assert response.status_code == 302
    assert ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object().lead_image_alt


def test_admin_refuses_to_publish_a_body_image_without_alt(article, superuser_client):
    body = streamfield([("image", {"image": article.lead_image.pk, "alt_text": "", "caption": ""})])
    response = edit_article(superuser_client, article, body=body)

    assert response.status_code == 200
    assert "body" in response.context["form"].errors


def test_a_draft_may_wait_for_its_alt_text(article, superuser_client):
    # As for every required field in Wagtail: a draft may be unfinished.
    response = edit_article(
        superuser_client, article, action="action-save", lead_image=article.lead_image.pk
    )

    assert response.status_code == 302
    draft = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert draft.lead_image_id == article.lead_image_id
    assert not draft.lead_image_alt


# Uploads -------------------------------------------------------------------------------


def png_of_size(width, height):
    """A valid 1-bit PNG of any size in a few kilobytes: every row compresses to nearly
    nothing, the way an image bomb does."""

    def chunk(kind, data):
        checksum = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", checksum)

    row = b"\x00" * (1 + (width + 7) // 8)
    compressor = zlib.compressobj(9)
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def upload(client, name, content, content_type="image/png"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content, content_type=content_type)},
    )


def upload_error(response):
    assert response.status_code == 200, "the upload was accepted"
    return " ".join(response.context["form"].errors["file"])


def test_a_small_png_uploads(superuser_client):
    response = upload(superuser_client, "small.png", png_of_size(640, 480))

    assert response.status_code == 302
    assert Image.objects.get().width == 640


def test_image_bomb_is_refused_with_a_clear_message(superuser_client):
    content = png_of_size(20_000, 20_000)
    assert len(content) < 100_000

    message = upload_error(upload(superuser_client, "bomb.png", content))

    assert message == (
        "This image has too many pixels to be opened safely. Images may have at most 40 "
        "megapixels: make it smaller and upload it again."
    )
    assert not Image.objects.exists()


def test_image_bomb_is_refused_by_the_multiple_upload_too(superuser_client):
    # The library's "Add an image" screen uploads each file on its own and shows the answer.
    response = superuser_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("bomb.png", png_of_size(20_000, 20_000), "image/png")},
    )

    answer = response.json()
    assert answer["success"] is False
    assert "too many pixels to be opened safely" in answer["error_message"]
    assert not Image.objects.exists()


def test_image_pillow_warns_about_is_refused_with_its_size(superuser_client):
    # 100 megapixels: over Pillow's own warning threshold, under the size it refuses to open.
    assert PILImage.MAX_IMAGE_PIXELS < 10_000 * 10_000 < 2 * PILImage.MAX_IMAGE_PIXELS

    message = upload_error(upload(superuser_client, "huge.png", png_of_size(10_000, 10_000)))

    assert message == (
        "This image is 10000 × 10000 pixels (100 megapixels). Images may have at most 40 "
        "megapixels: make it smaller and upload it again."
    )


def test_image_just_over_the_limit_is_refused(superuser_client):
    message = upload_error(upload(superuser_client, "wide.png", png_of_size(8_000, 5_001)))

    assert "8000 × 5001 pixels" in message
    assert not Image.objects.exists()


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script><rect width='10' height='10'/></svg>"
)


def test_svg_is_refused(superuser_client):
    message = upload_error(upload(superuser_client, "emblem.svg", SVG, "image/svg+xml"))

    assert message.startswith("Not a supported image format.")
    assert "SVG" not in message
    assert not Image.objects.exists()


def test_svg_renamed_png_is_refused(superuser_client):
    message = upload_error(upload(superuser_client, "emblem.png", SVG))

    assert message.startswith("Not a valid .png image.")
    assert not Image.objects.exists()


def test_svg_is_not_offered(superuser_client):
    response = superuser_client.get(reverse("wagtailimages:add"))

    assert "svg" not in response.context["form"].fields["file"].widget.attrs["accept"]


# Documents -----------------------------------------------------------------------------


class RemoteStorage(InMemoryStorage):
    """Storage without local paths, like S3: documents are streamed from it."""

    def _relative_path(self, name):
        return os.path.relpath(super().path(name), self.location)

    def path(self, name):
        raise NotImplementedError("This backend doesn't support absolute paths.")


@pytest.fixture(params=["disk", "remote"])
def document_storage(request, settings, tmp_path):
    storage = {
        "disk": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
        "remote": {"BACKEND": f"{__name__}.RemoteStorage"},
    }[request.param]
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    return request.param


def document(name, content, title="Report"):
    return Document.objects.create(title=title, file=ContentFile(content, name))


def test_pdf_downloads_as_an_attachment_of_its_type(db, document_storage, reader):
    doc = document("report.pdf", b"%PDF-1.4\n%%EOF\n")

    response = reader.get(doc.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert doc.filename in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_text_with_markup_is_plain_text_to_download(db, document_storage, reader):
    doc = document("notes.txt", b"<html><script>alert(1)</script></html>")

    response = reader.get(doc.url)

    assert response["Content-Type"].startswith("text/plain")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_document_of_an_old_html_upload_is_not_rendered(db, document_storage, reader):
    # Uploaded before the extension list was narrowed: still a download, never a page.
    doc = document("page.html", b"<script>alert(1)</script>")

    response = reader.get(doc.url)

    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.parametrize("name", ["page.html", "emblem.svg", "page.htm", "script.js"])
def test_document_upload_of_active_content_is_refused(superuser_client, name):
    response = superuser_client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, b"<script>alert(1)</script>")},
    )

    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not Document.objects.exists()


def test_document_block_links_the_download(tree, reader):
    doc = document("report.pdf", b"%PDF-1.4\n%%EOF\n")
    article = ArticlePageFactory(
        parent=tree.section("politics"), body=[("document", {"document": doc, "title": ""})]
    )

    link = parse(reader.get(article.url)).select_one(".block-document a")

    assert link["href"] == doc.url
    assert link["type"] == "application/pdf"
    assert link.has_attr("download")
