"""An aiosmtpd handler for the mail tests: every message received is written to a folder as JSON
(envelope, the raw message, and the headers and body as Python's email package decodes them).

    PYTHONPATH=Tests/Scripts python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c smtp_sink.FolderSink DIR [LIFETIME_SECONDS]

The server stops by itself after LIFETIME_SECONDS (default 120), so a test that dies cannot leave it behind.
"""
import email
import email.policy
import json
import os
import threading
import time


class FolderSink:
    def __init__(self, folder, lifetime=120.0):
        self.folder = folder
        self.count = 0
        os.makedirs(folder, exist_ok=True)
        timer = threading.Timer(float(lifetime), lambda: os._exit(0))
        timer.daemon = True
        timer.start()

    @classmethod
    def from_cli(cls, parser, *args):
        if not args:
            parser.error("smtp_sink.FolderSink needs the folder to write to")
        return cls(args[0], float(args[1]) if len(args) > 1 else 120.0)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        # A way for tests to see the server refuse: any recipient whose address starts with "reject".
        if address.lower().startswith("reject"):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        headers = [[name, str(value)] for name, value in message.items()]
        body = message.get_content() if not message.is_multipart() else None
        self.count += 1
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "raw": raw.decode("utf-8", "replace"),
            "headers": headers,
            "content_type": message.get_content_type(),
            "charset": message.get_content_charset(),
            "body": body,
            "defects": [str(d) for d in message.defects],
        }
        name = "%d-%04d" % (int(time.time() * 1000), self.count)
        temporary = os.path.join(self.folder, name + ".tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(record, handle, ensure_ascii=False)
        os.rename(temporary, os.path.join(self.folder, name + ".json"))
        return "250 OK"
