"""Habar behind nginx as shipped (deploy/nginx/habar.conf), for `make bench`.

The shipped configuration, with only what a host must adjust changed: the upstream is the
bench's Habar, the server listens on a free loopback port for 127.0.0.1, and the cache and
the var/ paths live in the bench's temporary directory. It runs in the same kind of
wrapper as the bench's static nginx (one worker, no access log), so the two rows differ
only by what the shipped configuration does.
"""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "deploy" / "nginx" / "habar.conf"


def wrapper(tmp, name, http):
    """An nginx main configuration around `http`, its files in `tmp` under `name`."""
    return (
        f"worker_processes 1; daemon off; pid {tmp}/{name}.pid;\n"
        f"error_log {tmp}/{name}.log;\nevents {{ worker_connections 1024; }}\n"
        f"http {{ access_log off; client_body_temp_path {tmp}/nginx-body;\n"
        f"  proxy_temp_path {tmp}/nginx-proxy;\n{http}\n}}\n"
    )


def shipped(tmp, listen_port, habar_port, var_dir):
    """deploy/nginx/habar.conf adjusted to this machine, as its comments ask."""
    text = SHIPPED.read_text()
    text = re.sub(
        r"upstream habar \{.*?\n\}",
        f"upstream habar {{\n    server 127.0.0.1:{habar_port};\n    keepalive 32;\n}}",
        text,
        flags=re.S,
    )
    text = text.replace(
        "listen 80 default_server;", f"listen 127.0.0.1:{listen_port} default_server;"
    )
    text = text.replace("listen 80;", f"listen 127.0.0.1:{listen_port};")
    text = text.replace("server_name example.gov.tm *.example.gov.tm;", "server_name 127.0.0.1;")
    text = text.replace("/var/cache/nginx/habar", f"{tmp}/nginx-cache")
    text = text.replace("/var/lib/habar/", f"{var_dir}/")
    for adjusted in (f"127.0.0.1:{habar_port}", f"{tmp}/nginx-cache", "server_name 127.0.0.1;"):
        if adjusted not in text:
            raise RuntimeError(f"{SHIPPED} changed shape: could not set {adjusted}")
    return wrapper(tmp, "nginx-shipped", text)
