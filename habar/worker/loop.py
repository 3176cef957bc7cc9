"""The background worker: scheduled publishing, the view buffer, Django tasks.

One loop, run by `habar worker` in production and beside the web server by `habar serve`:

- every HABAR_SCHEDULER_SECONDS, go-live and expiry (habar.worker.scheduler) and the urgent
  notices that start or expire (habar.notices.schedule), under a lock so that of several
  workers one does the round;
- every HABAR_VIEW_FLUSH_SECONDS with Redis, the buffered views to the database
  (habar.stats.buffer), under another lock;
- every round another app registers (habar.worker.rounds: the subscriptions' e-mail), under
  a lock of its own;
- with the database task backend, the queued tasks (Wagtail's search indexing, reference
  index, frontend cache purges, image focal points) in a thread of their own, so a long
  task holds up no schedule; each task is claimed in the database, so any number of
  workers share them.

The loop and its tasks run at a lower CPU priority (HABAR_WORKER_NICENESS): a publish's
indexing or an alert round then takes the cores' idle time, not the readers' requests'.
At start it does the first two at once: what came due while no worker ran is caught up.
A failing round is logged and retried at the next; the loop itself only ends when asked.

The Redis locks expire soon (a killed worker holds up the others for a minute at most),
and may then expire under a slow round too: that is safe, because each schedule is claimed
row by row and each flush is written once (habar.stats.buffer).
"""

import logging
import os
import secrets
import threading
import time

from django.conf import settings
from django.db import close_old_connections
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker as TaskWorker

from habar.notices.schedule import announce_due_notices
from habar.stats import buffer

from . import rounds, scheduler
from .locks import exclusive

logger = logging.getLogger(__name__)

TICK_SECONDS = 0.2
TASK_POLL_SECONDS = 1.0
# A killed flusher's lock lapses after four flush intervals, and never sooner than this. The
# lock only spares workers doing the same flush twice: a buffer is written once whoever
# writes it (ViewFlush, habar.stats.buffer.apply), so a short lapse loses and doubles nothing.
FLUSH_LOCK_MIN_SECONDS = 2


class Worker:
    def __init__(self, *, schedule_every=None, flush_every=None):
        self.schedule_every = schedule_every or settings.HABAR_SCHEDULER_SECONDS
        self.flush_every = flush_every or settings.HABAR_VIEW_FLUSH_SECONDS
        self.worker_id = f"habar-{secrets.token_hex(8)}"
        self.next_schedule = self.next_flush = 0.0
        self.next_round = {}

    def run(self, should_stop=lambda: False):
        logger.info("Worker %s started", self.worker_id)
        give_way(settings.HABAR_WORKER_NICENESS)
        tasks = self.start_tasks() if runs_tasks() else None
        try:
            while not should_stop():
                self.tick()
                time.sleep(min(TICK_SECONDS, self.schedule_every, self.flush_every))
        finally:
            if tasks is not None:
                tasks.running = False  # finishes the task in hand, then stops
        logger.info("Worker %s stopped", self.worker_id)

    def start_tasks(self):
        tasks = TaskWorker(
            queue_names=["*"],
            excluded_queue_names=[],
            interval=TASK_POLL_SECONDS,
            batch=False,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=self.worker_id,
        )
        threading.Thread(
            target=self.run_tasks, args=(tasks,), name="habar-tasks", daemon=True
        ).start()
        return tasks

    def run_tasks(self, tasks):
        while tasks.running:
            try:
                tasks.run()
            except Exception:
                # The database went away, say: wait, then claim tasks again.
                logger.exception("Running tasks failed; retrying")
                time.sleep(TASK_POLL_SECONDS)

    def tick(self):
        now = time.monotonic()
        if now >= self.next_schedule:
            self.next_schedule = now + self.schedule_every
            self.step(self.fire_schedules)
        if buffer.enabled() and now >= self.next_flush:
            self.next_flush = now + self.flush_every
            self.step(self.flush_views)
        for name, registered in list(rounds.ROUNDS.items()):
            if now >= self.next_round.get(name, 0.0):
                self.next_round[name] = now + registered.every()
                self.step(self.run_round, registered)

    def step(self, action, *args):
        close_old_connections()
        try:
            action(*args)
        except Exception:
            name = args[0].name if args else action.__name__
            logger.exception("Worker step %s failed; retrying at the next round", name)
        finally:
            close_old_connections()

    def fire_schedules(self):
        with exclusive("schedule", timeout=max(60, 2 * self.schedule_every)) as holder:
            if holder:
                for fired in scheduler.fire_due_schedules():
                    logger.info("Scheduled %s fired: %s", fired.action, fired.title)
                for notice in announce_due_notices():
                    logger.info("Urgent notice %s started or expired", notice.pk)

    def flush_views(self):
        timeout = max(FLUSH_LOCK_MIN_SECONDS, 4 * self.flush_every)
        with exclusive("flush", timeout=timeout) as holder:
            if holder:
                written = buffer.flush()
                if written:
                    logger.info("Flushed %d buffered views", written)

    def run_round(self, registered):
        with exclusive(f"round:{registered.name}", timeout=300) as holder:
            if holder:
                registered.action()


def give_way(niceness):
    """Run the calling thread, and the threads it starts, at nice value `niceness`.

    On Linux the nice value is a thread's own: beside granian in the embedded default, the
    worker's thread gives way and the web threads keep theirs. It is only ever raised.
    """
    current = os.nice(0)
    if niceness > current:
        os.nice(min(niceness, 19) - current)


def runs_tasks():
    """True when tasks are queued in the database for a worker, not run where enqueued."""
    return isinstance(task_backends["default"], DatabaseBackend)
