"""Hot pages kept in this process's memory, in front of a shared cache."""

import threading
from collections import OrderedDict


class PageMemory:
    """The most recently served entries, in this process, up to `limit` bytes of pages."""

    def __init__(self, limit):
        self.limit = limit
        self.size = 0
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        size = len(entry["content"])
        if size > self.limit:
            return
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= len(old["content"])
            self.entries[key] = entry
            self.size += size
            while self.size > self.limit:
                _key, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped["content"])
