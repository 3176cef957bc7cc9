"""A real SMTP server (aiosmtpd) in the test process, recording what Habar sends."""

import email
import email.policy
import re
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller

from habar.tests.live import free_port


@dataclass
class Inbox:
    received: list = field(default_factory=list)
    # Answers to give DATA before accepting again ("451 ..." for a temporary failure).
    refusals: list = field(default_factory=list)
    # Answers to give RCPT for an address instead of accepting it ("550 ..." refuses it).
    recipient_refusals: dict = field(default_factory=dict)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.recipient_refusals:
            return self.recipient_refusals[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.refusals:
            return self.refusals.pop(0)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.received.append(message)
        return "250 Message accepted for delivery"

    def take(self):
        taken, self.received = self.received, []
        return taken


def parts(message):
    """(plain text, HTML) of a received message."""
    plain = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return plain, html


def links(text, kind):
    """The paths of the Habar links of `kind` (confirm, manage, unsubscribe) in `text`."""
    return re.findall(rf"https?://[^/\s]+(/[a-z-]+/subscribe/{kind}/[^\s\"<]+/)", text)


def start_server():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller, inbox
