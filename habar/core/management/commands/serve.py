import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

SCHEDULER_INTERVAL_SECONDS = 30


def default_workers():
    # SQLite has one writer: in the embedded default one process with threads serves best,
    # and the local-memory cache stays shared. With a server database, one per core.
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        return 1
    return os.cpu_count() or 1


class Command(BaseCommand):
    help = _("Serve Habar with the granian application server and run the scheduler beside it.")

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
        parser.add_argument("--workers", type=int, default=None)
        parser.add_argument("--threads", type=int, default=int(os.environ.get("THREADS", 8)))
        parser.add_argument(
            "--no-scheduler",
            action="store_true",
            help=_("Do not publish and unpublish scheduled pages from this process."),
        )

    def handle(self, *args, host, port, workers, threads, no_scheduler, **options):
        workers = workers or int(os.environ.get("WEB_CONCURRENCY", 0)) or default_workers()
        command = [
            sys.executable, "-m", "granian",
            "--interface", "wsgi",
            "--host", host,
            "--port", str(port),
            "--workers", str(workers),
            "--blocking-threads", str(threads),
            "--respawn-failed-workers",
            "habar.wsgi:application",
        ]  # fmt: skip
        self.stdout.write(
            _("Serving Habar on http://%(host)s:%(port)d/ (%(workers)d worker(s))")
            % {"host": host, "port": port, "workers": workers}
        )
        server = subprocess.Popen(command)  # noqa: S603
        stop = []
        signal.signal(signal.SIGTERM, lambda *_args: stop.append(True))
        try:
            next_run = 0.0
            while server.poll() is None and not stop:
                if not no_scheduler and time.monotonic() >= next_run:
                    # Wagtail's own command: go-live and expiry of pages and revisions.
                    call_command("publish_scheduled")
                    next_run = time.monotonic() + SCHEDULER_INTERVAL_SECONDS
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            if server.poll() is None:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()
        return None
