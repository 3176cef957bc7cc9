class Progress:
    """A one-line bar on a terminal; nothing when the output goes to a file or a pipe."""

    WIDTH = 30

    def __init__(self, stream, total):
        self.stream = stream
        self.total = total
        self.done = 0
        self.shown = stream.isatty() if hasattr(stream, "isatty") else False

    def step(self):
        self.done += 1
        if not self.shown:
            return
        if self.total:
            filled = self.WIDTH * min(self.done, self.total) // self.total
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total}", ending="")
        else:
            self.stream.write(f"\r{self.done}", ending="")
        self.stream.flush()

    def close(self):
        if self.shown and self.done:
            self.stream.write("")
