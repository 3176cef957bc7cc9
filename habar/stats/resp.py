"""A bare Redis connection per thread, for the view beacon's one script call.

redis-py spends several times Redis's own round trip on a command (connection pool,
health checks, instrumentation, its general reply parser), and the beacon is a single
EVALSHA whose reply is a flat array of integers and strings. This speaks RESP2 for that
call alone: one socket per thread, created on first use, dropped on any error. It also
tells the two failures apart, which the beacon needs (habar.stats.buffer): a connection or
send that failed means Redis cannot have run the script (NotSent); a reply that did not
come means it may have (Lost). TLS URLs (rediss://) are left to redis-py.
"""

import os
import select
import socket
import struct
import threading

from redis.connection import parse_url
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError, ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

CONNECT_SECONDS = 0.5
REPLY_SECONDS = 2.0


class NotSent(Exception):
    """Redis cannot have received the command."""


class Lost(Exception):
    """The command was sent; whether Redis ran it is unknown."""


def pack(args):
    out = [b"*%d\r\n" % len(args)]
    for arg in args:
        if isinstance(arg, str):
            arg = arg.encode()
        elif isinstance(arg, int):
            arg = b"%d" % arg
        out.append(b"$%d\r\n%s\r\n" % (len(arg), arg))
    return b"".join(out)


class Connection:
    def __init__(self, url):
        self.options = parse_url(url)
        self.sock = None
        self.reader = None

    def connect(self):
        options = self.options
        try:
            if "path" in options:
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                sock.settimeout(CONNECT_SECONDS)
                sock.connect(options["path"])
            else:
                address = (options.get("host", "localhost"), options.get("port", 6379))
                sock = socket.create_connection(address, timeout=CONNECT_SECONDS)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            # Blocking, with the kernel keeping the time limit: a Python timeout would add a
            # poll() to every send and receive.
            sock.settimeout(None)
            limit = struct.pack("ll", int(REPLY_SECONDS), int(REPLY_SECONDS % 1 * 1_000_000))
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, limit)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, limit)
            self.sock, self.reader = sock, sock.makefile("rb")
            setup = []
            if options.get("password"):
                credentials = [options.get("username"), options["password"]]
                setup.append(["AUTH", *(part for part in credentials if part)])
            if options.get("db"):
                setup.append(["SELECT", options["db"]])
            for command in setup:
                sock.sendall(pack(command))
                self.read()
        except (OSError, ResponseError, Lost) as error:
            self.close()
            raise NotSent from error

    def close(self):
        if self.sock is not None:
            try:
                self.reader.close()
                self.sock.close()
            except OSError:
                pass
        self.sock = self.reader = None

    def closed_by_peer(self):
        """True when Redis has closed this kept connection (or left bytes on it) since its
        last reply: a command sent on it would be lost rather than refused."""
        poller = select.poll()
        poller.register(self.sock, select.POLLIN)
        return bool(poller.poll(0))

    def call(self, *args):
        packed = pack(args)
        if self.sock is not None and self.closed_by_peer():
            self.close()  # Redis went away (stopped, restarted) between two beacons
        # A connection kept from earlier calls may have been closed by Redis (a restart, an
        # idle timeout) since: one that fails on sending is replaced once.
        for fresh in (self.sock is None, True):
            if self.sock is None:
                self.connect()
            try:
                self.sock.sendall(packed)
                break
            except OSError as error:
                # A partly sent command is never run: Redis drops it with the connection.
                self.close()
                if fresh:
                    raise NotSent from error
        try:
            return self.read()
        except (OSError, Lost) as error:
            self.close()
            raise Lost from error

    def read(self):
        line = self.reader.readline()
        if not line.endswith(b"\r\n"):
            raise Lost("connection closed")
        kind, rest = line[:1], line[1:-2]
        if kind == b":":
            return int(rest)
        if kind == b"$":
            length = int(rest)
            if length < 0:
                return None
            data = self.reader.read(length + 2)
            if len(data) != length + 2:
                raise Lost("connection closed")
            return data[:-2]
        if kind == b"*":
            count = int(rest)
            return None if count < 0 else [self.read() for _ in range(count)]
        if kind == b"+":
            return rest
        if kind == b"-":
            message = rest.decode(errors="replace")
            raise (NoScriptError if message.startswith("NOSCRIPT") else ResponseError)(message)
        raise Lost(f"unexpected reply {line[:20]!r}")


_local = threading.local()
# A forked process must not share its parent's sockets.
os.register_at_fork(after_in_child=lambda: _local.__dict__.clear())


def connection(url):
    """This thread's connection to `url`, or None when redis-py must be used (TLS)."""
    current = getattr(_local, "connection", None)
    if current is not None and current[0] == url:
        return current[1]
    if url.startswith("rediss:"):
        return None
    if current is not None:
        current[1].close()
    _local.connection = (url, Connection(url))
    return _local.connection[1]


def evaluate(url, client, script, keys, args):
    """Run a habar.stats.scripts script on `url`; raise NotSent or Lost as their names say.

    `client` (redis-py's, for the same URL) serves where this module does not.
    """
    line = connection(url)
    if line is None:
        return _evaluate_with_redis_py(client, script, keys, args)
    try:
        return line.call("EVALSHA", script.sha, len(keys), *keys, *args)
    except NoScriptError:  # not loaded yet (or Redis restarted): EVAL loads it
        return line.call("EVAL", script.source, len(keys), *keys, *args)


UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


def _evaluate_with_redis_py(client, script, keys, args):
    pool = client.connection_pool
    try:
        pooled = pool.get_connection()
    except UNREACHABLE as error:
        raise NotSent from error
    try:
        for command, body in (("EVALSHA", script.sha), ("EVAL", script.source)):
            try:
                pooled.send_command(command, body, len(keys), *keys, *args)
            except UNREACHABLE as error:
                pooled.disconnect()
                raise NotSent from error
            try:
                return pooled.read_response()
            except NoScriptError:
                continue
            except UNREACHABLE as error:
                pooled.disconnect()
                raise Lost from error
        raise AssertionError("unreachable")
    finally:
        pool.release(pooled)
