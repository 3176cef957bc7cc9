import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from habar.translations import exchange
from habar.translations.files import FileProblem


class Command(BaseCommand):
    help = (
        "Translators' files: `export PAGE_ID... --to LANGUAGE` writes the pages' text as "
        "XLIFF 2.0 or PO; `import FILE --user NAME` writes the translated file's pages as "
        "draft translations (never published), or nothing when the file does not match."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser("export", help="Write pages' text to translate.")
        export.add_argument("pages", nargs="+", type=int, help="Page ids.")
        export.add_argument("--to", required=True, help="Target language code (e.g. ru).")
        export.add_argument("--format", choices=sorted(exchange.FORMATS), default="xliff")
        export.add_argument("-o", "--output", help="File to write (default: standard output).")
        imported = actions.add_parser("import", help="Import a translated file as drafts.")
        imported.add_argument("file", help="The translated XLIFF or PO file.")
        imported.add_argument(
            "--user", required=True, help="Whose drafts they are (their permissions apply)."
        )

    def handle(self, *args, action, **options):
        if action == "export":
            return self.export(
                options["pages"], options["to"], options["format"], options["output"]
            )
        return self.import_file(options["file"], options["user"])

    def export(self, page_ids, language, file_format, output):
        pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids)}
        missing = [str(pk) for pk in page_ids if pk not in pages]
        if missing:
            raise CommandError(f"No page with id {', '.join(missing)}.")
        content = exchange.export([pages[pk] for pk in page_ids], language, file_format)[0]
        if output:
            Path(output).write_bytes(content)
        else:
            sys.stdout.buffer.write(content)

    def import_file(self, path, username):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username}.")
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc}") from exc
        try:
            done = exchange.import_file(data, user)
        except FileProblem as refused:
            problems = "\n".join(f"  {problem}" for problem in refused.problems)
            raise CommandError(f"{path}: nothing was imported:\n{problems}") from refused
        for imported in done:
            verb = "created" if imported.created else "updated"
            self.stdout.write(
                f"{imported.source.pk} → {imported.translation.pk} "
                f"({imported.translation.locale.language_code}): draft {verb}."
            )
