from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from habar.ops.backup import BackupError, media_members, restore_backup


class Command(BaseCommand):
    help = _("Restore the database and the uploaded media from an archive made by backup.")

    def add_arguments(self, parser):
        parser.add_argument("archive", help=_("Path of the archive to read."))
        parser.add_argument(
            "--force",
            action="store_true",
            help=_("Replace the database even if it already holds content."),
        )
        parser.add_argument(
            "--max-size",
            type=int,
            help=_(
                "Most bytes to unpack from the archive. Default: HABAR_RESTORE_MAX_SIZE, "
                "else the free space of the temporary folder."
            ),
        )

    def handle(self, *args, archive, force, max_size, **options):
        if max_size is not None and max_size <= 0:
            raise CommandError(_("--max-size must be a positive number of bytes."))
        try:
            manifest = restore_backup(archive, force=force, max_size=max_size)
        except BackupError as error:
            raise CommandError(str(error)) from error
        media = len(media_members(manifest))
        self.stdout.write(
            ngettext(
                "Restored the database (%(method)s) and %(media)d media file from %(archive)s.",
                "Restored the database (%(method)s) and %(media)d media files from %(archive)s.",
                media,
            )
            % {"method": manifest["method"], "media": media, "archive": archive}
        )
        self.stdout.write(
            _("Run “habar migrate” if this version of Habar is newer than the backup.")
        )
