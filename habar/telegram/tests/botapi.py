"""A stand-in for the Telegram Bot API in the test process: it speaks the documented HTTP
API (https://core.telegram.org/bots/api#making-requests: POST /bot<token>/<method> with a
JSON, URL-encoded or multipart body; answers {"ok": true, "result": ...} or {"ok": false,
"error_code": ..., "description": ..., "parameters": {"retry_after": ...}}), checks what a
real one checks of a post (the token, a chat, the text's length as shown), and records
every post it takes."""

import email.parser
import email.policy
import html
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

LIMITS = {"sendMessage": ("text", 4096), "sendPhoto": ("caption", 1024)}
TAG_RE = re.compile(r"</?(b|strong|i|em|u|s|a|code|pre)(\s[^>]*)?>")


def shown(text):
    """The text as a reader sees it (Telegram's HTML parsed), in UTF-16 code units."""
    return len(html.unescape(TAG_RE.sub("", text)).encode("utf-16-le")) // 2


@dataclass
class Call:
    method: str
    fields: dict
    files: dict = field(default_factory=dict)  # name: (filename, content type, bytes)


@dataclass
class BotApi:
    token: str
    calls: list = field(default_factory=list)  # every call that reached the server
    posts: list = field(default_factory=list)  # the calls that were posted
    # Answers to give before posting again: (HTTP status, body); "drop" posts the message,
    # then closes the connection without answering (an answer lost on the way).
    answers: list = field(default_factory=list)
    url: str = ""

    def fail(self, code, description, **parameters):
        body = {"ok": False, "error_code": code, "description": description}
        if parameters:
            body["parameters"] = parameters
        self.answers.append((code, body))


def parse_body(headers, body):
    kind = headers.get_content_type()
    if kind == "application/json":
        return json.loads(body), {}
    if kind == "application/x-www-form-urlencoded":
        return {key: values[0] for key, values in parse_qs(body.decode()).items()}, {}
    if kind == "multipart/form-data":
        head = f"Content-Type: {headers['Content-Type']}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        fields, files = {}, {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if part.get_filename():
                content = part.get_payload(decode=True)
                files[name] = (part.get_filename(), part.get_content_type(), content)
            else:
                fields[name] = part.get_payload(decode=True).decode()
        return fields, files
    raise ValueError(kind)


def make_handler(api):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def answer(self, status, body):
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_POST(self):  # noqa: N802 (http.server's name)
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            match = re.fullmatch(r"/bot([^/]+)/(\w+)", self.path)
            if match is None or match[1] != api.token:
                return self.answer(401 if match else 404, error(401, "Unauthorized"))
            method = match[2]
            if method not in LIMITS:
                return self.answer(404, error(404, "Not Found"))
            fields, files = parse_body(self.headers, body)
            call = Call(method, fields, files)
            api.calls.append(call)
            if api.answers:
                scripted = api.answers.pop(0)
                if scripted != "drop":
                    return self.answer(*scripted)
                api.posts.append(call)
                self.close_connection = True
                return None
            return self.answer(*check_and_post(api, call))

    return Handler


def error(code, description):
    return {"ok": False, "error_code": code, "description": description}


def check_and_post(api, call):
    name, limit = LIMITS[call.method]
    if not call.fields.get("chat_id"):
        return 400, error(400, "Bad Request: chat_id is empty")
    if call.method == "sendPhoto" and "photo" not in call.files:
        return 400, error(400, "Bad Request: there is no photo in the request")
    if call.method == "sendMessage" and not call.fields.get("text"):
        return 400, error(400, "Bad Request: message text is empty")
    if shown(call.fields.get(name, "")) > limit:
        return 400, error(400, f"Bad Request: message {name} is too long")
    api.posts.append(call)
    message = {"message_id": len(api.posts), "chat": {"id": call.fields["chat_id"]}}
    return 200, {"ok": True, "result": message}


def start(token):
    api = BotApi(token=token)
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(api))
    api.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, api
