"""A map of recently used entries, bounded in bytes, shared by a process's threads."""

import threading
from collections import OrderedDict


class SizedLRU:
    """The most recently used entries, up to `limit` bytes as `size_of` counts them; the
    least recently used go first to make room, and an entry larger than the limit is not
    kept at all."""

    def __init__(self, limit, size_of=len):
        self.limit = limit
        self.size_of = size_of
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
        size = self.size_of(entry)
        if size > self.limit:
            return
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= self.size_of(old)
            self.entries[key] = entry
            self.size += size
            while self.size > self.limit:
                _key, dropped = self.entries.popitem(last=False)
                self.size -= self.size_of(dropped)

    def pop(self, key):
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= self.size_of(old)

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0
