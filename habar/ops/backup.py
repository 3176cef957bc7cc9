"""Backups: the database and the uploaded media in one .tar.gz archive, and back.

The archive holds a manifest (habar-backup.json: format, method, and the size and SHA-256
of every other member), the database, and each file of the media storage under media/.
The database is copied by the most faithful method the engine offers, so that everything
comes back, revisions and view counts included:

- SQLite: SQLite's online backup API, a consistent copy even while Habar serves;
- PostgreSQL: pg_dump's custom format, restored with pg_restore in one transaction;
- "portable" (PostgreSQL without pg_dump on PATH, or on request to move between SQLite
  and PostgreSQL): Django's dumpdata of every model, loaded into a migrated database.
  The search index is rebuilt from the restored pages rather than copied.

A restore checks the whole archive before touching anything, replaces the database in
one transaction (all or nothing), then writes the media files. What it unpacks is bounded
(by default by the free space where it unpacks): an archive whose members add up to more
is refused from its headers, before anything is written, and the copy stops at the limit
should the members yield more than they declared.
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections, router, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.translation import gettext as _

from habar.core import pagecache

from .archive import (
    DATABASE_MEMBERS,
    FORMAT,
    MANIFEST,
    MEDIA,
    BackupError,
    UnpackLimit,
    file_digest,
    unpack,
)

# The search index is derived data, rebuilt after a portable restore.
PORTABLE_EXCLUDE = ["wagtailsearch.indexentry", "wagtailsearch.sqliteftsindexentry"]


def create_backup(path, portable=False, using="default"):
    """Write the database and media to the archive at `path`; return its manifest."""
    connection = connections[using]
    method = "portable" if portable else default_method(connection)
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="habar-backup-") as work:
        work = Path(work)
        database_file = work / DATABASE_MEMBERS[method]
        dump_database(connection, method, database_file)
        media_files = copy_media_out(work / MEDIA)
        members = [DATABASE_MEMBERS[method], *media_files]
        manifest = {
            "format": FORMAT,
            "created": timezone.now().isoformat(),
            "method": method,
            "engine": connection.vendor,
            "migrations": applied_migrations(connection),
            "files": {name: file_digest(work / name) for name in members},
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
        # Written beside the target and renamed: an interrupted backup leaves no archive
        # that looks complete.
        partial = path.with_name(path.name + ".partial")
        try:
            with tarfile.open(partial, "w:gz") as archive:
                archive.add(work / MANIFEST, arcname=MANIFEST)
                for name in members:
                    archive.add(work / name, arcname=name)
            os.replace(partial, path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise BackupError(
                _("Could not write %(path)s: %(error)s")
                % {"path": path, "error": error.strerror or error}
            ) from error
    return manifest


def restore_backup(path, force=False, using="default", max_size=None):
    """Replace the database and media with the archive's; return its manifest.

    `max_size` bounds the bytes unpacked; by default settings.HABAR_RESTORE_MAX_SIZE, else
    the free space where the archive is unpacked."""
    connection = connections[using]
    with tempfile.TemporaryDirectory(prefix="habar-restore-") as work:
        work = Path(work)
        manifest = unpack(Path(path), work, UnpackLimit.for_restore(work, max_size))
        method = manifest["method"]
        check_target(connection, method)
        if not force and database_has_content(connection):
            raise BackupError(
                _(
                    "The database already holds content. Restore into an empty database, "
                    "or pass --force to replace everything in it."
                )
            )
        load_database(connection, method, work / DATABASE_MEMBERS[method])
        copy_media_in(work, media_members(manifest))
    forget_cached_state()
    return manifest


def media_members(manifest):
    """The archive's media files, by their names in it."""
    return [name for name in manifest["files"] if name.startswith(MEDIA + "/")]


# -- The database -----------------------------------------------------------------------


def default_method(connection):
    if connection.vendor == "sqlite":
        return "sqlite"
    if connection.vendor == "postgresql" and shutil.which("pg_dump"):
        return "pg_dump"
    return "portable"


def check_target(connection, method):
    if method == "sqlite" and connection.vendor != "sqlite":
        raise BackupError(
            _(
                "This backup is of a SQLite database; restore it into SQLite, "
                "or make a portable backup."
            )
        )
    if method == "pg_dump":
        if connection.vendor != "postgresql":
            raise BackupError(
                _(
                    "This backup is of a PostgreSQL database; restore it into PostgreSQL, "
                    "or make a portable backup."
                )
            )
        if not shutil.which("pg_restore"):
            raise BackupError(_("This backup needs pg_restore, which is not on PATH."))


def dump_database(connection, method, target):
    if method == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
    elif method == "pg_dump":
        run_pg_tool(
            connection,
            "pg_dump",
            ["--format=custom", "--no-owner", "--no-privileges", f"--file={target}"],
        )
    else:
        dump_portable(connection, target)


def dump_portable(connection, target):
    """Every row of every model, as Django's dumpdata writes them, times to the microsecond."""
    # Content types first: loading other rows may look their content type up, which would
    # create it afresh under another id.
    configs = sorted(apps.get_app_configs(), key=lambda app: app.label != "contenttypes")
    with open(target, "w", encoding="utf-8") as stream:
        for app in configs:
            for model in app.get_models():
                if (
                    model._meta.proxy
                    or not model._meta.managed
                    or model._meta.label_lower in PORTABLE_EXCLUDE
                    or not router.allow_migrate_model(connection.alias, model)
                ):
                    continue
                rows = model._base_manager.using(connection.alias).order_by("pk")
                serializers.serialize("jsonl", rows.iterator(), stream=stream, cls=ExactJSONEncoder)


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder, but times keep their microseconds (Django's stops at milliseconds)."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


def load_database(connection, method, source):
    if method == "sqlite":
        copy = sqlite3.connect(source)
        try:
            connection.ensure_connection()
            # One step: SQLite writes the whole copy in one transaction of the target.
            copy.backup(connection.connection)
        finally:
            copy.close()
    elif method == "pg_dump":
        connection.close()
        run_pg_tool(
            connection,
            "pg_restore",
            [
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                str(source),
            ],
        )
    else:
        load_portable(connection, source)


def load_portable(connection, source):
    # The same schema as the backup's first; then every row, ids kept, in one transaction.
    call_command("migrate", database=connection.alias, interactive=False, verbosity=0)
    with transaction.atomic(using=connection.alias):
        call_command(
            "flush",
            database=connection.alias,
            interactive=False,
            inhibit_post_migrate=True,
            verbosity=0,
        )
        call_command("loaddata", str(source), database=connection.alias, verbosity=0)
    call_command("update_index", verbosity=0)


def run_pg_tool(connection, program, options):
    client = connection.client
    args, env = client.settings_to_cmd_args_env(connection.settings_dict, [*options, "--dbname"])
    args[0] = shutil.which(program) or program
    try:
        subprocess.run(  # noqa: S603 -- our own arguments, no shell
            args,
            env={**os.environ, **(env or {})},
            check=True,
            capture_output=True,
            text=True,
        )
    except FileNotFoundError as error:
        raise BackupError(_("%(program)s is not on PATH.") % {"program": program}) from error
    except subprocess.CalledProcessError as error:
        raise BackupError(
            _("%(program)s failed: %(error)s")
            % {"program": program, "error": error.stderr.strip() or error.returncode}
        ) from error


def applied_migrations(connection):
    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return []
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def database_has_content(connection):
    """True once anyone has used the database: accounts, edits, uploads or pages.

    A freshly migrated database is empty in this sense, though Wagtail's migrations leave
    two pages in it (the tree's root and a welcome page).
    """
    tables = set(connection.introspection.table_names())
    counts = {
        "auth_user": 0,
        "wagtailcore_revision": 0,
        "wagtailimages_image": 0,
        "wagtaildocs_document": 0,
        "wagtailcore_page": 2,
    }
    with connection.cursor() as cursor:
        for table, allowed in counts.items():
            if table in tables:
                cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
                if cursor.fetchone()[0] > allowed:
                    return True
    return False


def forget_cached_state():
    """Drop what this process and the shared cache remember of the database replaced."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Site

    ContentType.objects.clear_cache()
    Site.clear_site_root_paths_cache()
    for site_id in Site.objects.values_list("pk", flat=True):
        pagecache.invalidate_site(site_id)


# -- Media ------------------------------------------------------------------------------


def storage_files(storage, directory=""):
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{directory}/{name}" if directory else name
    for name in sorted(directories):
        yield from storage_files(storage, f"{directory}/{name}" if directory else name)


def copy_media_out(target):
    names = []
    for name in storage_files(default_storage):
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as source, open(destination, "wb") as copy:
            shutil.copyfileobj(source, copy)
        names.append(f"{MEDIA}/{name}")
    return names


def copy_media_in(work, members):
    for member in members:
        name = member.removeprefix(MEDIA + "/")
        if default_storage.exists(name):
            default_storage.delete(name)
        with open(work / member, "rb") as source:
            saved = default_storage.save(name, File(source))
        if saved != name:
            raise BackupError(
                _("Media file %(name)s was stored as %(saved)s.") % {"name": name, "saved": saved}
            )


# -- The archive ------------------------------------------------------------------------
