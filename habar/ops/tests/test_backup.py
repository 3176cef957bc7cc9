"""`habar backup` and `habar restore`: a restored install serves the same pages and counts."""

import io
import json
import re
import tarfile
from collections import namedtuple

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Revision

from habar.conftest import clear_cache
from habar.news.tests.factories import ArticlePageFactory, build_site_tree
from habar.ops import archive as backup_archive
from habar.ops import backup
from habar.ops.backup import storage_files
from habar.stats.models import PageViewTotal, add_views

# The database copy needs a database outside a test transaction; Wagtail's tree root comes
# back after each test.
pytestmark = [
    pytest.mark.both_engines,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def _content_types_cached(transactional_db):
    yield
    # The database is then emptied and the next test's rows loaded back, during which
    # Wagtail's Task() looks up its content type: from a cold cache it would insert a
    # second row for it. Restoring a backup empties the cache, so fill it again.
    ContentType.objects.get_for_models(*apps.get_models())


DiskUsage = namedtuple("DiskUsage", "total used free")
METHODS = [pytest.param([], id="native"), pytest.param(["--portable"], id="portable")]


@pytest.fixture
def site(db):
    tree = build_site_tree()
    image = get_image_model().objects.create(title="Delegation", file=get_test_image_file())
    first = ArticlePageFactory(parent=tree.section(), title="Talks in Geneva", lead_image=image)
    first.save_revision().publish()
    second = ArticlePageFactory(parent=tree.section("economy"), title="Cotton harvest")
    today = timezone.localdate()
    add_views(first.pk, today, 7)
    add_views(second.pk, today, 3)
    tree.articles = [first, second]
    return tree


def snapshot(reader, tree):
    """What readers see: pages' HTML, view counts, revisions and media files."""
    clear_cache()
    paths = ["/en/", "/ru/", tree.section().url, *(article.url for article in tree.articles)]
    with override_settings(HABAR_PAGE_CACHE=False):
        pages = {path: reader.get(path) for path in paths}
    assert {response.status_code for response in pages.values()} == {200}
    media = {name: default_storage.open(name).read() for name in storage_files(default_storage)}
    return {
        "pages": {path: normalise(response.text) for path, response in pages.items()},
        "views": dict(PageViewTotal.objects.values_list("page_id", "views")),
        "revisions": Revision.objects.count(),
        "media": media,
    }


def normalise(html):
    # Per-request values, should a page carry any.
    return re.sub(r'(nonce|csrfmiddlewaretoken)="[^"]*"', r'\1=""', html)


def wipe():
    call_command("flush", interactive=False, verbosity=0)
    for name in list(storage_files(default_storage)):
        default_storage.delete(name)
    clear_cache()


@pytest.mark.parametrize("options", METHODS)
def test_a_restored_install_serves_the_same_pages_and_counts(site, reader, tmp_path, options):
    before = snapshot(reader, site)
    archive = tmp_path / "habar.tar.gz"
    call_command("backup", str(archive), *options, stdout=io.StringIO())
    wipe()
    assert Page.objects.count() == 0

    call_command("restore", str(archive), stdout=io.StringIO())

    after = snapshot(reader, site)
    assert after["pages"] == before["pages"]
    assert after["views"] == before["views"]
    assert after["revisions"] == before["revisions"] > 0
    assert after["media"] == before["media"]
    assert before["media"], "the lead image and its renditions are in the backup"


def test_restore_refuses_a_database_that_holds_content(site, tmp_path):
    archive = tmp_path / "habar.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())

    with pytest.raises(CommandError, match="--force"):
        call_command("restore", str(archive))


def test_restore_with_force_replaces_the_content(site, tmp_path):
    archive = tmp_path / "habar.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    later = ArticlePageFactory(parent=site.section(), title="Written after the backup")

    call_command("restore", str(archive), "--force", stdout=io.StringIO())

    assert not Page.objects.filter(pk=later.pk).exists()
    assert Page.objects.filter(pk=site.articles[0].pk).exists()


def test_backup_reports_what_it_saved(site, tmp_path):
    out = io.StringIO()
    call_command("backup", str(tmp_path / "habar.tar.gz"), stdout=out)

    saved = len(list(storage_files(default_storage)))
    assert f"and {saved} media files to" in out.getvalue()
    assert not (tmp_path / "habar.tar.gz.partial").exists()


@pytest.mark.parametrize(("files", "said"), [(1, "1 media file"), (2, "2 media files")])
def test_backup_and_restore_count_media_files_in_words(db, tmp_path, files, said):
    build_site_tree()
    for name in list(storage_files(default_storage)):  # other tests' uploads
        default_storage.delete(name)
    for number in range(files):
        default_storage.save(f"documents/note-{number}.txt", ContentFile(b"note"))
    archive = tmp_path / "habar.tar.gz"
    saved, restored = io.StringIO(), io.StringIO()

    call_command("backup", str(archive), stdout=saved)
    call_command("restore", str(archive), "--force", stdout=restored)

    assert f"and {said} to" in saved.getvalue()
    assert f"and {said} from" in restored.getvalue()


# -- Damaged or foreign archives: a clear error, and the database as it was ---------------


@pytest.fixture
def archive(site, tmp_path):
    path = tmp_path / "habar.tar.gz"
    call_command("backup", str(path), stdout=io.StringIO())
    return path


def restore_fails(path, match):
    pages = Page.objects.count()
    with pytest.raises(CommandError, match=match):
        call_command("restore", str(path), "--force")
    assert Page.objects.count() == pages


def rewrite(source, target, change):
    """Copy an archive member by member, letting `change(name, data)` alter each one."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for member in old.getmembers():
            data = change(member.name, old.extractfile(member).read())
            if data is None:
                continue
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))


def test_a_file_that_is_no_archive_is_refused(site, tmp_path):
    path = tmp_path / "notes.tar.gz"
    path.write_bytes(b"these are not the backups you are looking for")

    restore_fails(path, "is not a Habar backup")


def test_a_truncated_archive_is_refused(archive, tmp_path):
    path = tmp_path / "truncated.tar.gz"
    path.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])

    restore_fails(path, "is not a Habar backup")


def test_a_missing_archive_is_refused(site, tmp_path):
    restore_fails(tmp_path / "nowhere.tar.gz", "does not exist")


def test_an_archive_whose_database_was_altered_is_refused(archive, tmp_path):
    path = tmp_path / "altered.tar.gz"
    rewrite(
        archive, path, lambda name, data: data + b"\0" if name.startswith("database.") else data
    )

    restore_fails(path, "is damaged")


def test_an_archive_without_a_manifest_is_refused(archive, tmp_path):
    path = tmp_path / "no-manifest.tar.gz"
    rewrite(archive, path, lambda name, data: None if name == "habar-backup.json" else data)

    restore_fails(path, "no readable manifest")


def test_an_archive_of_an_unknown_format_is_refused(archive, tmp_path):
    def future(name, data):
        if name != "habar-backup.json":
            return data
        return json.dumps({**json.loads(data), "format": 99}).encode()

    path = tmp_path / "future.tar.gz"
    rewrite(archive, path, future)

    restore_fails(path, "format this version reads")


def test_an_archive_reaching_outside_its_directory_is_refused(site, tmp_path):
    path = tmp_path / "escape.tar.gz"
    with tarfile.open(path, "w:gz") as evil:
        member = tarfile.TarInfo("../../etc/habar")
        member.size = 4
        evil.addfile(member, io.BytesIO(b"boom"))

    restore_fails(path, "unsafe file name")


# -- Size: an archive that would fill the disk is refused before it does ------------------


def bomb(path, size):
    """A small .tar.gz whose database member unpacks to `size` bytes of zeros."""
    with tarfile.open(path, "w:gz") as archive:
        member = tarfile.TarInfo("database.sqlite3")
        member.size = size
        archive.addfile(member, io.BytesIO(bytes(size)))
    return path


def test_an_archive_over_the_limit_is_refused_before_anything_is_unpacked(
    site, tmp_path, monkeypatch
):
    path = bomb(tmp_path / "bomb.tar.gz", 5_000_000)

    def unpacked(*args, **kwargs):
        pytest.fail("the archive was unpacked")

    monkeypatch.setattr(backup_archive, "extract", unpacked)

    with pytest.raises(CommandError, match=r"more than 1\.0\sMB"):
        call_command("restore", str(path), "--force", "--max-size", "1048576")
    assert Page.objects.filter(pk=site.articles[0].pk).exists()


def test_the_limit_is_the_free_space_where_the_archive_is_unpacked(site, tmp_path, monkeypatch):
    path = bomb(tmp_path / "bomb.tar.gz", 5_000_000)
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda where: DiskUsage(10**9, 0, 10**6))

    restore_fails(path, "free space")


def test_the_limit_can_be_set_for_the_install(site, tmp_path, settings):
    settings.HABAR_RESTORE_MAX_SIZE = 1_048_576

    restore_fails(bomb(tmp_path / "bomb.tar.gz", 5_000_000), r"more than 1\.0\sMB")


def test_a_backup_within_the_limit_restores(archive):
    with tarfile.open(archive) as members:
        size = sum(member.size for member in members)

    call_command("restore", str(archive), "--force", f"--max-size={size}", stdout=io.StringIO())


def test_unpacking_stops_once_past_the_limit_whatever_the_headers_said(tmp_path):
    # The headers were read and added up before; should the members yield more than they
    # declared, the copy stops at the limit rather than at the end of the disk.
    path = bomb(tmp_path / "bomb.tar.gz", 5_000_000)
    work = tmp_path / "work"
    work.mkdir()

    with tarfile.open(path, "r:gz") as archive, pytest.raises(backup.BackupError):
        limit = backup_archive.UnpackLimit(1_000_000, "a test's limit")
        backup_archive.extract(archive, archive.getmembers(), work, limit, path)

    assert (work / "database.sqlite3").stat().st_size <= 1_000_000
