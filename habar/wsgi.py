import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "habar.settings.dev")

django_application = get_wsgi_application()

from habar.core.pagecache import CachedPageFront  # noqa: E402  (needs Django set up)

# Fresh cached pages are answered here, before Django is entered; all else goes to Django.
application = CachedPageFront(django_application)
# Readers' view beacons are counted here, before Django too (habar.stats.front).
from habar.stats.front import BeaconFront  # noqa: E402

application = BeaconFront(application)

if os.environ.get("HABAR_WORKER_IN_PROCESS") == "1":
    # `habar serve` in the embedded default: the cache lives in this process's memory, so
    # scheduled publishing must run here too for readers to see it at once.
    import threading

    from habar.worker.loop import Worker

    threading.Thread(target=Worker().run, name="habar-worker", daemon=True).start()
