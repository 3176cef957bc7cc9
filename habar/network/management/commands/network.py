from pathlib import Path

from django.contrib.auth.tokens import default_token_generator
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from habar.network.apply import apply_network
from habar.network.export import export_network, unexported_sites
from habar.network.schema import NetworkFileError, load


class Command(BaseCommand):
    help = (
        "The network as configuration: `apply FILE` creates or updates the sites, their "
        "sections, groups, review workflow and accounts a TOML file describes; `export` "
        "writes the current network in the same format."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        apply = actions.add_parser("apply", help="Create or update the network a file describes.")
        apply.add_argument("file", help="The network file (TOML).")
        apply.add_argument(
            "--dry-run", action="store_true", help="Show what would change; write nothing."
        )
        export = actions.add_parser("export", help="Write the current network as a file.")
        export.add_argument("-o", "--output", help="File to write (default: standard output).")

    def handle(self, *args, action, **options):
        if action == "apply":
            return self.apply(options["file"], options["dry_run"])
        return self.export(options["output"])

    def apply(self, path, dry_run):
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {path}: {exc}") from exc
        try:
            outcome = apply_network(load(text), dry_run=dry_run)
        except NetworkFileError as exc:
            problems = "\n".join(f"  {problem}" for problem in exc.problems)
            raise CommandError(f"{path}: nothing was changed:\n{problems}") from exc
        for line in outcome.changes:
            self.stdout.write(line)
        count = len(outcome.changes)
        if dry_run:
            self.stdout.write(f"Dry run: {count} change(s) would be made; nothing was written.")
            return
        if not count:
            self.stdout.write(f"No changes: the network already matches {path}.")
            return
        self.stdout.write(f"{count} change(s) made.")
        for key, user in outcome.new_accounts:
            self.stdout.write(
                f"New account {user.username} has no password yet: it sets one at "
                f"{self.reset_link(outcome.sites[key], user)} (or run `habar changepassword "
                f"{user.username}`)."
            )

    def reset_link(self, site, user):
        uid = urlsafe_base64_encode(force_bytes(user.pk))
        token = default_token_generator.make_token(user)
        path = reverse("wagtailadmin_password_reset_confirm", args=[uid, token])
        return site.root_url + path

    def export(self, output):
        text = export_network()
        for site in unexported_sites():
            self.stderr.write(
                f"Left out {site.hostname}:{site.port}: its root page is not a home page."
            )
        if not output:
            self.stdout.write(text, ending="")
            return
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"Cannot write {output}: {exc}") from exc
        self.stdout.write(f"Network written to {output}.")
