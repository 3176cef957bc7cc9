from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from habar.ops.backup import BackupError, create_backup, media_members


class Command(BaseCommand):
    help = _("Save the database and the uploaded media to one archive (.tar.gz).")

    def add_arguments(self, parser):
        parser.add_argument("archive", help=_("Path of the archive to write."))
        parser.add_argument(
            "--portable",
            action="store_true",
            help=_(
                "Save the data with Django's dumpdata, to restore into another kind of "
                "database (SQLite or PostgreSQL)."
            ),
        )

    def handle(self, *args, archive, portable, **options):
        try:
            manifest = create_backup(archive, portable=portable)
        except BackupError as error:
            raise CommandError(str(error)) from error
        media = len(media_members(manifest))
        self.stdout.write(
            ngettext(
                "Saved the database (%(method)s) and %(media)d media file to %(archive)s.",
                "Saved the database (%(method)s) and %(media)d media files to %(archive)s.",
                media,
            )
            % {"method": manifest["method"], "media": media, "archive": archive}
        )
