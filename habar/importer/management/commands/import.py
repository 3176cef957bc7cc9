import csv
import json
from dataclasses import asdict
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Site

from habar.importer.checks import check_redirects
from habar.importer.content import ImageLibrary
from habar.importer.importer import CREATED, FAILED, OUTCOMES, SKIPPED, UPDATED, Importer
from habar.importer.progress import Progress
from habar.importer.records import SourceError
from habar.importer.sources import FORMATS, image_root, open_source

DEFAULT_MAX_SIZE = 5 * 1024 * 1024
REPORT_FIELDS = ["origin", "outcome", "reason", "source_id", "title", "language", "page_id", "url"]


class Command(BaseCommand):
    help = _(
        "Import an old news archive into a site: text dumps or CSV exports of old pages, "
        "RSS or Atom feeds, or a folder of saved HTML pages. Importing again updates the "
        "same pages; old addresses redirect to the new pages."
    )

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="*", help=_("Files, folders or feed URLs to import."))
        parser.add_argument(
            "--site", help=_("Host name of the site to import into (default: the default site).")
        )
        parser.add_argument(
            "--format", choices=FORMATS, help=_("How to read the sources (default: guessed).")
        )
        parser.add_argument(
            "--language", help=_("Language of the items (default: the source's, or detected).")
        )
        parser.add_argument("--section", help=_("Section for items whose source names none."))
        parser.add_argument("--config", help=_("Extraction rules (TOML) for saved HTML pages."))
        parser.add_argument(
            "--encoding", default="utf-8", help=_("Encoding of text dumps and CSV files.")
        )
        parser.add_argument(
            "--max-size",
            type=int,
            default=DEFAULT_MAX_SIZE,
            help=_("Largest file or item accepted, in bytes."),
        )
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Show what would change; write nothing.")
        )
        parser.add_argument(
            "--report",
            help=_("Report file, CSV or JSON lines (.jsonl); default: a CSV in this folder."),
        )
        parser.add_argument(
            "--check-redirects",
            action="store_true",
            help=_(
                "Request every old address on the running site; report those not ending at 200."
            ),
        )
        parser.add_argument(
            "--base-url", help=_("Address of the running site, for --check-redirects.")
        )

    def handle(self, *args, **options):
        site = self.find_site(options["site"])
        if options["check_redirects"]:
            return self.check_old_addresses(site, options["base_url"])
        if not options["sources"]:
            raise CommandError(_("Name at least one file, folder or feed URL to import."))
        language = options["language"]
        if language and language not in dict(settings.LANGUAGES):
            raise CommandError(_("Unknown language: %(language)s") % {"language": language})
        if options["max_size"] <= 0:
            raise CommandError(_("--max-size must be a positive number of bytes."))
        importer = Importer(
            site,
            language=language,
            section=options["section"],
            dry_run=options["dry_run"],
        )
        if not importer.homes:
            raise CommandError(_("The site %(site)s has no home pages.") % {"site": site})
        report_path = self.report_path(options["report"])
        results = []
        for location in options["sources"]:
            try:
                total, records = open_source(
                    location,
                    fmt=options["format"],
                    max_size=options["max_size"],
                    encoding=options["encoding"],
                    config=Path(options["config"]) if options["config"] else None,
                )
                images = ImageLibrary(image_root(location), dry_run=options["dry_run"])
                progress = Progress(self.stdout, total)
                for record in records:
                    results.append(importer.import_record(record, images.finder(record.base_dir)))
                    progress.step()
                progress.close()
            except SourceError as exc:
                raise CommandError(str(exc)) from exc
            except OSError as exc:
                raise CommandError(
                    _("Cannot read %(source)s: %(error)s") % {"source": location, "error": exc}
                ) from exc
        importer.link_translations()
        self.write_report(report_path, results)
        self.summarise(results, report_path, options["dry_run"])

    def find_site(self, hostname):
        if not hostname:
            site = Site.objects.filter(is_default_site=True).first()
            if site is None:
                raise CommandError(_("No default site: name one with --site."))
            return site
        name, _colon, port = hostname.partition(":")
        sites = Site.objects.filter(hostname=name)
        if port:
            if not port.isdigit():
                raise CommandError(_("Not a port number: %(port)s") % {"port": port})
            sites = sites.filter(port=int(port))
        found = list(sites[:2])
        if not found:
            raise CommandError(_("No site with the host name %(site)s.") % {"site": hostname})
        if len(found) > 1:
            raise CommandError(
                _("Several sites use %(site)s: add the port, as in %(site)s:8000.")
                % {"site": hostname}
            )
        return found[0]

    def report_path(self, wanted):
        path = Path(wanted or f"habar-import-{timezone.now():%Y%m%d-%H%M%S}.csv")
        if not path.parent.is_dir():
            raise CommandError(
                _("Cannot write the report: no folder %(folder)s") % {"folder": path.parent}
            )
        return path

    def write_report(self, path, results):
        try:
            with open(path, "w", newline="", encoding="utf-8") as file:
                if path.suffix.lower() in (".jsonl", ".json"):
                    for result in results:
                        file.write(json.dumps(asdict(result), ensure_ascii=False) + "\n")
                else:
                    writer = csv.DictWriter(file, fieldnames=REPORT_FIELDS)
                    writer.writeheader()
                    writer.writerows(asdict(result) for result in results)
        except OSError as exc:
            raise CommandError(
                _("Cannot write the report %(path)s: %(error)s") % {"path": path, "error": exc}
            ) from exc

    def summarise(self, results, report_path, dry_run):
        counts = dict.fromkeys(OUTCOMES, 0)
        for result in results:
            counts[result.outcome] += 1
            if result.outcome == FAILED:
                self.stderr.write(
                    _("%(origin)s: %(reason)s") % {"origin": result.origin, "reason": result.reason}
                )
        if dry_run:
            self.stdout.write(_("Dry run: nothing was written. The import would have:"))
        self.stdout.write(
            _(
                "Created: %(created)d, updated: %(updated)d, skipped: %(skipped)d, "
                "failed: %(failed)d"
            )
            % {
                "created": counts[CREATED],
                "updated": counts[UPDATED],
                "skipped": counts[SKIPPED],
                "failed": counts[FAILED],
            }
        )
        self.stdout.write(_("Report: %(path)s") % {"path": report_path})

    def check_old_addresses(self, site, base_url):
        if not base_url:
            raise CommandError(_("--check-redirects needs --base-url, e.g. http://127.0.0.1:8000"))
        if not base_url.startswith(("http://", "https://")):
            raise CommandError(_("--base-url must start with http:// or https://"))
        checked = failed = 0
        for check in check_redirects(site, base_url):
            checked += 1
            if check.problem:
                failed += 1
                self.stdout.write(
                    _("%(path)s: %(problem)s") % {"path": check.old_path, "problem": check.problem}
                )
        self.stdout.write(
            _("Old addresses checked: %(checked)d, not ending at their page: %(failed)d")
            % {"checked": checked, "failed": failed}
        )
        if failed:
            raise CommandError(
                ngettext(
                    "%(failed)d old address does not lead to its page.",
                    "%(failed)d old addresses do not lead to their page.",
                    failed,
                )
                % {"failed": failed}
            )
