"""A minimal reporting-webhook receiver built on the standard library's http.server.

    CUSTOMERIO_WEBHOOK_SIGNING_SECRET=... python examples/webhook_receiver.py [--port 8080]

Each POST is verified (signature and a five-minute replay window) against the raw body, then parsed
into a typed event (`construct_event`). Genuine requests get 200, forged or stale ones 401, genuine
ones whose body is not a reporting-webhook event 400. Point a reporting webhook at
http://<host>:<port>/ to try it (behind HTTPS in earnest), or post a signed sample to it:
`python -m customerio.testing send-webhook http://127.0.0.1:8080/ --event email.clicked`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from customerio.webhooks import (
    AnyReportingWebhookEvent,
    CustomerSubscribedEvent,
    CustomerUnsubscribedEvent,
    EmailBouncedEvent,
    EmailClickedEvent,
    UnknownReportingWebhookEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    construct_event,
)

log = logging.getLogger("webhook_receiver")

MAX_BODY_BYTES = 1_000_000


def handle_event(event: AnyReportingWebhookEvent) -> None:
    """Act on one verified event; each class types its `data`, so `event.data.href` is checked by mypy."""
    match event:
        case EmailClickedEvent():
            log.info("email %s: link %s clicked", event.data.delivery_id, event.data.href)
        case EmailBouncedEvent():
            log.info("email %s bounced: %s", event.data.delivery_id, event.data.failure_message)
        case CustomerSubscribedEvent() | CustomerUnsubscribedEvent():
            log.info("person %s %s (via %s)", event.data.customer_id, event.metric, event.object_type)
        case UnknownReportingWebhookEvent():
            log.info("unrecognised event %s/%s: %s", event.object_type, event.metric, event.event_id)
        case _:
            log.info("%s %s", type(event).__name__, event.event_id)


class WebhookHandler(BaseHTTPRequestHandler):
    """Verifies, parses and acknowledges reporting-webhook requests."""

    signing_secret = ""

    def do_POST(self) -> None:
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY_BYTES:
            self._answer(400, "bad Content-Length")
            return
        body = self.rfile.read(length)
        try:
            event = construct_event(signing_secret=self.signing_secret, headers=self.headers, body=body)
        except WebhookVerificationError as error:
            log.warning("rejected request: %s", error)
            self._answer(401, "verification failed")
            return
        except WebhookPayloadError as error:
            log.warning("bad payload: %s", error)
            self._answer(400, "bad payload")
            return
        handle_event(event)
        self._answer(200, "ok")

    def _answer(self, status: int, text: str) -> None:
        payload = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        log.debug(format, *args)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Receive Customer.io reporting webhooks.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    secret = os.environ.get("CUSTOMERIO_WEBHOOK_SIGNING_SECRET", "")
    if not secret:
        print("set CUSTOMERIO_WEBHOOK_SIGNING_SECRET to the webhook's signing secret", file=sys.stderr)
        return 2
    WebhookHandler.signing_secret = secret

    server = ThreadingHTTPServer((args.host, args.port), WebhookHandler)
    log.info("listening on http://%s:%d/", args.host, args.port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
