import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from habar.core.demo.builder import DemoBuilder, foreign_pages


class Command(BaseCommand):
    help = _(
        "Build the demo network: the ministry site in three languages with years of news "
        "and the reference article. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help=_("Run even though the database holds content the demo did not create."),
        )
        parser.add_argument(
            "--port", type=int, default=8000, help=_("Port the demo sites are served on.")
        )

    def handle(self, *args, force=False, port=8000, **options):
        foreign = foreign_pages().count()
        if foreign and not force:
            raise CommandError(
                _(
                    "This database holds %(count)d pages the demo did not create. "
                    "Run with --force to add the demo beside them."
                )
                % {"count": foreign}
            )
        stats = DemoBuilder(port=port).build()
        self.stdout.write(
            _("Demo ready: %(created)d articles created, %(updated)d brought up to date.") % stats
        )
        username, password = self.admin_login()
        self.stdout.write(
            _("Admin: http://127.0.0.1:%(port)d/admin/  user: %(user)s  password: %(password)s")
            % {"port": port, "user": username, "password": password}
        )

    def admin_login(self):
        """The demo's administrator, with a fresh password unless HABAR_DEMO_PASSWORD sets one."""
        password = os.environ.get("HABAR_DEMO_PASSWORD") or secrets.token_urlsafe(12)
        user, _created = get_user_model().objects.get_or_create(
            username="admin", defaults={"email": "admin@localhost", "is_staff": True}
        )
        user.is_superuser = True
        user.is_staff = True
        user.set_password(password)
        user.save()
        return user.username, password
