import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from habar.worker.loop import Worker
from habar.worker.rounds import mail_location

from .worker import log_to_console


def process_local_cache():
    return settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")


def default_workers():
    # SQLite has one writer: in the embedded default one process with threads serves best.
    # A cache in process memory is one process's own: a second process would keep serving
    # pages the first has unpublished. With a server database and Redis, one per core.
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3") or process_local_cache():
        return 1
    return os.cpu_count() or 1


def check_workers(workers):
    if workers > 1 and process_local_cache():
        raise CommandError(
            _(
                "%(workers)d processes cannot share a cache kept in process memory: an "
                "unpublished page would stay in the others' caches. Set REDIS_URL, or serve "
                "with one process (--workers 1, WEB_CONCURRENCY=1)."
            )
            % {"workers": workers}
        )


class Command(BaseCommand):
    help = _("Serve Habar with the granian application server and run the worker beside it.")

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
        parser.add_argument("--workers", type=int, default=None)
        parser.add_argument("--threads", type=int, default=int(os.environ.get("THREADS", 8)))
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help=_(
                "Do not run the worker (scheduled publishing, view flushing, tasks) in this "
                "process: run `habar worker` separately."
            ),
        )

    def handle(self, *args, host, port, workers, threads, no_worker, verbosity, **options):
        workers = workers or int(os.environ.get("WEB_CONCURRENCY", 0)) or default_workers()
        check_workers(workers)
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
        self.stdout.write(_("E-mail goes to: %(location)s") % {"location": mail_location()})
        # A cache in process memory (the embedded default) is the web process's own: a
        # publish by a worker in this process would not reach the pages it caches. The
        # worker then runs in a thread of the web process instead (habar.wsgi).
        in_process = not no_worker and process_local_cache()
        environment = {**os.environ, "HABAR_WORKER_IN_PROCESS": "1" if in_process else "0"}
        server = subprocess.Popen(command, env=environment)  # noqa: S603
        stop = []
        signal.signal(signal.SIGTERM, lambda *_args: stop.append(True))

        def should_stop():
            return bool(stop) or server.poll() is not None

        try:
            if no_worker or in_process:
                while not should_stop():
                    time.sleep(0.5)
            else:
                log_to_console(verbosity)
                Worker().run(should_stop=should_stop)
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
