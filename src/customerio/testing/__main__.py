"""`python -m customerio.testing serve --port N [--host 127.0.0.1] [--latency-ms 20] [--rate-limits]`:
run the loopback fake, optionally with a network's latency and Customer.io's published rate limits.

`python -m customerio.testing send-webhook URL --secret S --event email.clicked`: post a signed
sample reporting webhook to a receiver of yours (Stripe CLI's `trigger`, for Customer.io).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Sequence
from types import FrameType

import httpx

from ..webhooks import REPORTING_WEBHOOK_EVENTS
from ._fake import FakeCustomerIO
from ._server import CONTROL_ENDPOINTS, PREFIXES, serve
from ._webhooks import new_event_id, sample_webhook, sign_webhook

SECRET_VARIABLE = "CUSTOMERIO_WEBHOOK_SIGNING_SECRET"


def _serve_epilog() -> str:
    roots = "\n".join(f"  {api:<10} {{base}}{prefix}" for api, prefix in PREFIXES.items())
    width = max(len(endpoint) for endpoint, _ in CONTROL_ENDPOINTS)
    control = "\n".join(f"  {endpoint:<{width}}  {what}" for endpoint, what in CONTROL_ENDPOINTS)
    return f"API roots (point each client's url= at its own):\n{roots}\n\ncontrol endpoints:\n{control}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m customerio.testing",
        description="A fake Customer.io (Track, App and Pipelines APIs) for tests, checked against the API spec.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "serve",
        help="serve the fake on a loopback port until interrupted",
        description="Serve the fake Customer.io over HTTP on a loopback port until interrupted.",
        epilog=_serve_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("--port", type=int, default=0, help="port to listen on (0, the default: any free port)")
    run.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    run.add_argument("--quiet", action="store_true", help="do not log each request")
    run.add_argument(
        "--latency-ms",
        type=_milliseconds,
        default=0.0,
        metavar="MS",
        help="answer every request this many milliseconds late, as across a network (default 0)",
    )
    run.add_argument(
        "--rate-limits",
        action="store_true",
        help="enforce Customer.io's published rate limits per API and endpoint class (429 with Retry-After)",
    )
    send = commands.add_parser(
        "send-webhook",
        help="post a signed sample reporting webhook to URL",
        description="Post a sample reporting-webhook event, signed as Customer.io signs it, to your receiver.",
        epilog="events: " + ", ".join(f"{o}.{m}" for o, m in sorted(REPORTING_WEBHOOK_EVENTS)),
    )
    send.add_argument("url", help="the receiver's URL, e.g. http://127.0.0.1:8000/webhooks/customerio")
    send.add_argument("--secret", default=None, help=f"the webhook's signing secret (default: ${SECRET_VARIABLE})")
    send.add_argument("--event", required=True, metavar="OBJECT_TYPE.METRIC", help="which event, e.g. email.clicked")
    send.add_argument(
        "--timestamp", type=int, default=None, help="sign as of this Unix time (default: now; an old one tests replays)"
    )
    send.add_argument(
        "--fields",
        default=None,
        metavar="JSON",
        help='a JSON object merged into the sample, e.g. \'{"data": {"href": "https://example.com/a"}}\'',
    )
    send.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the answer (default 10)")
    send.set_defaults(usage=send)  # usage errors show this subcommand's usage line
    return parser


def _milliseconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of milliseconds: {text!r}") from None
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError("the latency must be 0 or more milliseconds")
    return value


def _send_webhook(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.usage
    secret = args.secret if args.secret is not None else os.environ.get(SECRET_VARIABLE, "")
    if not secret:
        parser.error(f"send-webhook needs the signing secret: pass --secret or set {SECRET_VARIABLE}")
    object_type, _, metric = str(args.event).rpartition(".")
    if (object_type, metric) not in REPORTING_WEBHOOK_EVENTS:
        parser.error(f"unknown event {args.event!r}; run `send-webhook --help` for the list")
    try:
        fields = {} if args.fields is None else json.loads(args.fields)
    except ValueError:
        parser.error("--fields is not valid JSON")
    if not isinstance(fields, dict):
        parser.error("--fields must be a JSON object")
    if {"object_type", "metric"} & fields.keys():
        parser.error("--fields cannot set object_type or metric: --event chooses them")
    timestamp = int(time.time()) if args.timestamp is None else args.timestamp
    body = sample_webhook(object_type, metric, **{"event_id": new_event_id(), "timestamp": timestamp, **fields})
    headers = sign_webhook(secret, body, timestamp=timestamp)
    try:
        response = httpx.post(args.url, content=body, headers=headers, timeout=args.timeout)
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        print(f"send-webhook: could not reach {args.url}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    answer = response.text.strip()
    summary = f"{args.event} -> {args.url}: {response.status_code} {response.reason_phrase}"
    print(summary + (f"\n{answer[:500]}" if answer else ""), flush=True)
    return 0 if response.is_success else 1


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "send-webhook":
        return _send_webhook(args)
    log = None if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
    fake = FakeCustomerIO(latency=args.latency_ms / 1000, rate_limits=args.rate_limits)
    server = serve(args.host, args.port, fake=fake, log=log)
    lines = [
        f"FakeCustomerIO listening on {server.url}",
        f"  TrackClient(url={server.url_for('track')!r})  (v2: {server.url_for('track_v2')}, "
        f"unsubscribe: {server.url_for('track_host')})",
        f"  APIClient(url={server.url_for('app')!r})",
        f"  PipelinesClient(url={server.url_for('pipelines')!r})",
        f"  recorded calls: GET {server.url}/__calls__",
    ]
    if args.latency_ms or args.rate_limits:
        latency = f"latency {args.latency_ms:g} ms" if args.latency_ms else "no latency"
        limits = "Customer.io's published rate limits enforced" if args.rate_limits else "no rate limits"
        lines.append(f"  {latency}; {limits}")
    print("\n".join(lines), flush=True)
    signal.signal(signal.SIGTERM, _stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
