"""The WSGI application a web process serves (habar.wsgi), loaded as granian loads it."""

import subprocess
import sys

LOAD = """
import gc, sys
import habar.wsgi
modules = [m for m in sys.modules if m.startswith("habar.") and m.endswith(".views")]
print(gc.get_freeze_count(), len(gc.get_objects()), len(modules))
"""


def test_what_it_loads_is_frozen_out_of_the_collectors_sight():
    done = subprocess.run(
        [sys.executable, "-c", LOAD], capture_output=True, text=True, check=True, timeout=120
    )
    frozen, tracked, views = map(int, done.stdout.split())
    # The URL patterns are loaded with it (the views' modules too), then frozen: the
    # collector is left with what was made after.
    assert views >= 5
    assert frozen > 100_000
    assert tracked < frozen / 10
