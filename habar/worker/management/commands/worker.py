import logging
import signal

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from habar.worker.loop import Worker
from habar.worker.rounds import mail_location


def log_to_console(verbosity):
    """The worker's own lines on the console, whatever LOG_LEVEL says of everything else."""
    worker_logger = logging.getLogger("habar.worker")
    if verbosity >= 1 and worker_logger.getEffectiveLevel() > logging.INFO:
        worker_logger.setLevel(logging.INFO)


class Command(BaseCommand):
    help = _(
        "Run the background worker: scheduled go-live and expiry, the view buffer, "
        "queued tasks. Any number may run; each schedule still fires once."
    )

    def handle(self, *args, verbosity, **options):
        log_to_console(verbosity)
        stop = []

        def request_stop(*_args):
            stop.append(True)

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        self.stdout.write(_("Worker running; stop it with Ctrl+C or SIGTERM."))
        self.stdout.write(_("E-mail goes to: %(location)s") % {"location": mail_location()})
        Worker().run(should_stop=lambda: bool(stop))
