from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from wagtail.models import Site

from habar.ops.export import ExportError, StaticExporter


def find_site(name):
    """A site by host name (`berlin.example.org`, with `:port` if it has one) or id."""
    hostname, _sep, port = name.partition(":")
    sites = Site.objects.filter(hostname__iexact=hostname)
    if port.isdigit():
        sites = sites.filter(port=int(port))
    if name.isdigit():
        sites = Site.objects.filter(pk=int(name))
    found = list(sites[:2])
    if len(found) == 1:
        return found[0]
    known = ", ".join(f"{s.hostname}:{s.port}" for s in Site.objects.order_by("hostname"))
    if found:
        raise CommandError(
            _("Several sites answer to %(name)s; add the port, one of: %(known)s")
            % {"name": name, "known": known}
        )
    raise CommandError(
        _("No site answers to %(name)s; the sites are: %(known)s")
        % {"name": name, "known": known or "-"}
    )


class Command(BaseCommand):
    help = _(
        "Write a site (all its languages, listings, articles, feeds, sitemaps, static files "
        "and media) to a directory as plain files that any web server can serve."
    )

    def add_arguments(self, parser):
        parser.add_argument("site", help=_("The site's host name (with :port if needed) or id."))
        parser.add_argument(
            "directory", help=_("An empty or new directory, or an earlier export to replace.")
        )
        parser.add_argument(
            "--max-urls",
            type=int,
            default=100_000,
            help=_("Stop after this many URLs (pages, feeds and files)."),
        )

    def handle(self, *args, site, directory, max_urls, **options):
        if max_urls < 1:
            raise CommandError(_("--max-urls must be 1 or more."))
        exporter = StaticExporter(find_site(site), directory, max_urls=max_urls)
        try:
            report = exporter.run()
        except ExportError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            _("Exported %(files)d files (%(megabytes).1f MB) in %(seconds).1f s to %(directory)s")
            % {
                "files": report.files,
                "megabytes": report.bytes / 1e6,
                "seconds": report.seconds,
                "directory": exporter.root,
            }
        )
        for url, status in report.broken[:20]:
            self.stderr.write(
                _("Not exported: %(url)s (%(status)s)") % {"url": url, "status": status}
            )
        if len(report.broken) > 20:
            self.stderr.write(
                _("… and %(count)d more not exported.") % {"count": len(report.broken) - 20}
            )
        if report.truncated:
            self.stderr.write(
                _("Stopped after %(count)d URLs (--max-urls): the export is incomplete.")
                % {"count": max_urls}
            )
