"""Hot pages kept in this process's memory, in front of a shared cache."""

from habar.core.lru import SizedLRU


class PageMemory(SizedLRU):
    """The most recently served entries, in this process, up to `limit` bytes of pages."""

    def __init__(self, limit):
        super().__init__(limit, size_of=lambda entry: len(entry["content"]))
