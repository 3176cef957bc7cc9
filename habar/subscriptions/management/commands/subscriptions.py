from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from habar.subscriptions.models import Suppression


class Command(BaseCommand):
    help = (
        "E-mail subscriptions: `suppress EMAIL --reason complaint` records a complaint (or a "
        "hard bounce), after which the address is sent no more e-mail of any kind."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        suppress = actions.add_parser("suppress", help="Send an address no more e-mail.")
        suppress.add_argument("email", help="The address.")
        suppress.add_argument(
            "--reason",
            choices=[Suppression.COMPLAINT, Suppression.HARD_BOUNCE],
            default=Suppression.COMPLAINT,
        )
        suppress.add_argument("--detail", default="", help="A note kept with it.")

    def handle(self, *args, action, email, reason, detail, **options):
        email = email.strip().lower()
        try:
            validate_email(email)
        except ValidationError as exc:
            raise CommandError(f"Not an e-mail address: {email!r}") from exc
        suppression = Suppression.add(email, reason, detail)
        self.stdout.write(f"Suppressed {suppression.email} ({suppression.reason}).")
