"""The backup archive itself: its layout, and reading one back safely.

A .tar.gz with a manifest (habar-backup.json: format, method, and the size and SHA-256 of
every other member), the database and the media files. Reading checks every member's name,
kind and size from the headers before anything is unpacked, and the copy counts what it
writes: an archive cannot unpack beyond its limit, nor outside its folder.
"""

import hashlib
import json
import shutil
import tarfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

FORMAT = 1
MANIFEST = "habar-backup.json"
DATABASE_MEMBERS = {
    "sqlite": "database.sqlite3",
    "pg_dump": "database.pgdump",
    "portable": "database.jsonl",
}
MEDIA = "media"
COPY_BLOCK = 1 << 20


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why, for the operator."""


def file_digest(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return {"sha256": digest.hexdigest(), "size": path.stat().st_size}


@dataclass(frozen=True)
class UnpackLimit:
    """The most bytes a restore may unpack, and why, for the message that refuses more."""

    size: int
    reason: str

    @classmethod
    def for_restore(cls, work, max_size=None):
        if max_size is not None:
            return cls(max_size, _("the --max-size limit"))
        if settings.HABAR_RESTORE_MAX_SIZE is not None:
            return cls(settings.HABAR_RESTORE_MAX_SIZE, _("the HABAR_RESTORE_MAX_SIZE setting"))
        return cls(
            shutil.disk_usage(work).free, _("the free space in %(path)s") % {"path": work.parent}
        )

    def refuse(self, path):
        return BackupError(
            _(
                "%(path)s unpacks to more than %(limit)s, %(reason)s. Nothing was changed; "
                "make room, or set a larger limit with --max-size."
            )
            % {"path": path, "limit": filesizeformat(self.size), "reason": self.reason}
        )


def unpack(path, work, limit):
    """Extract the archive into `work` and check it whole; return its manifest."""
    not_a_backup = _("%(path)s is not a Habar backup: %(reason)s")
    try:
        with tarfile.open(path, "r:gz") as archive:
            members = scan(archive, limit, path)
            extract(archive, members, work, limit, path)
    except FileNotFoundError as error:
        raise BackupError(_("%(path)s does not exist.") % {"path": path}) from error
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise BackupError(not_a_backup % {"path": path, "reason": error}) from error
    manifest = read_manifest(work / MANIFEST, path)
    for name, expected in manifest["files"].items():
        check_member_name(name)
        member = work / name
        if not member.is_file() or file_digest(member) != expected:
            raise BackupError(
                _("%(path)s is damaged: %(name)s is missing or differs from its checksum.")
                % {"path": path, "name": name}
            )
    return manifest


def scan(archive, limit, path):
    """The archive's members, read from their headers only (nothing is written yet).

    Stops at the first member that takes the total past `limit`: its data, and whatever
    follows, is never decompressed."""
    members, total = [], 0
    for member in archive:
        check_member_name(member.name)
        if not (member.isfile() or member.isdir()):
            raise BackupError(
                _("%(path)s is not a Habar backup: %(reason)s")
                % {"path": path, "reason": _("it holds links or devices")}
            )
        total += member.size
        if total > limit.size:
            raise limit.refuse(path)
        members.append(member)
    return members


def extract(archive, members, work, limit, path):
    """Write the members under `work`, counting what is written, not what headers say."""
    written = 0
    for member in members:
        target = work / member.name
        if member.isdir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.extractfile(member) as source, open(target, "wb") as copy:
            while block := source.read(min(COPY_BLOCK, limit.size - written + 1)):
                written += len(block)
                if written > limit.size:
                    raise limit.refuse(path)
                copy.write(block)


def read_manifest(manifest_path, path):
    try:
        manifest = json.loads(manifest_path.read_text())
    except (OSError, ValueError) as error:
        raise BackupError(
            _("%(path)s is not a Habar backup: it has no readable manifest.") % {"path": path}
        ) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(
            _("%(path)s is not a Habar backup of a format this version reads.") % {"path": path}
        )
    method = manifest.get("method")
    files = manifest.get("files")
    if (
        method not in DATABASE_MEMBERS
        or not isinstance(files, dict)
        or DATABASE_MEMBERS[method] not in files
    ):
        raise BackupError(_("%(path)s has an incomplete manifest.") % {"path": path})
    return manifest


def check_member_name(name):
    parts = PurePosixPath(name).parts
    if not parts or PurePosixPath(name).is_absolute() or ".." in parts:
        raise BackupError(_("The archive holds an unsafe file name: %(name)s") % {"name": name})
