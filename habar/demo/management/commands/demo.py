import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from habar.demo.builder import (
    DEMO_SLUG_PREFIX,
    EMBASSIES,
    MINISTRY,
    ROLES,
    DemoBuilder,
    foreign_pages,
)
from habar.demo.bulk import build_archive
from habar.news.models import HomePage


class Command(BaseCommand):
    help = _(
        "Build the demo network: the ministry and its embassy sites in their languages, "
        "with years of news and the reference article. Safe to run again."
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
        parser.add_argument(
            "--articles",
            type=int,
            default=0,
            help=_("Also add this many archive articles to the ministry's English site."),
        )

    def handle(self, *args, force=False, port=8000, articles=0, **options):
        foreign = foreign_pages().count()
        if foreign and not force:
            raise CommandError(
                _(
                    "This database holds %(count)d pages the demo did not create. "
                    "Run with --force to add the demo beside them."
                )
                % {"count": foreign}
            )
        # A fresh password on every run, unless HABAR_DEMO_PASSWORD chooses one.
        password = os.environ.get("HABAR_DEMO_PASSWORD") or secrets.token_urlsafe(12)
        stats = DemoBuilder(port=port, password=password).build()
        self.make_admin(password)
        if articles > 0:
            self.add_archive(articles)
        self.stdout.write(
            _("Demo ready: %(created)d articles created, %(updated)d brought up to date.") % stats
        )
        self.stdout.write(_("Sites:"))
        for spec in [MINISTRY, *EMBASSIES]:
            self.stdout.write(f"  http://{spec['hostname']}:{port}/")
        self.stdout.write(_("Admin: http://127.0.0.1:%(port)d/admin/") % {"port": port})
        self.stdout.write(_("  user: admin  password: %(password)s") % {"password": password})
        users = [
            f"{spec['key']}-{username}"
            for spec in [MINISTRY, *EMBASSIES]
            for _role, username, _permissions in ROLES.values()
        ]
        self.stdout.write(
            _("  per-site users (same password): %(users)s") % {"users": ", ".join(users)}
        )
        self.stdout.write(
            _(
                "  Publishers, site administrators and admin set up two-factor authentication "
                "(an authenticator app) on their first sign-in."
            )
        )

    def add_archive(self, count):
        home = HomePage.objects.get(slug=f"{DEMO_SLUG_PREFIX}ministry-en")
        self.stdout.write(_("Adding %(count)d archive articles...") % {"count": count})
        build_archive(home, count, stdout=self.stdout if self.stdout.isatty() else None)

    def make_admin(self, password):
        user, _created = get_user_model().objects.get_or_create(
            username="admin", defaults={"email": "admin@localhost"}
        )
        user.is_superuser = True
        user.is_staff = True
        user.set_password(password)
        user.save()
