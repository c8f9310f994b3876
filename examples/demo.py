"""`make demo`: run the examples against the fake Customer.io and report what it received.

    python examples/demo.py              # starts `python -m customerio.testing serve` on a free port

The demo starts the fake server (`customerio.testing`, checked against the OpenAPI documents in
`spec/`), points the examples at it through CUSTOMERIO_TRACK_URL / CUSTOMERIO_API_URL /
CUSTOMERIO_PIPELINES_URL with made-up credentials, runs every scenario, then reads the server's
recorded calls (`GET /__calls__`) and prints one line per request: operation, method, path,
whether it matched the spec, and the status answered. It exits 1 when a scenario failed, a
request broke the spec or an expected operation never arrived.

Against the real API (never in CI; it creates a person, sends an email and triggers a broadcast):

    CUSTOMERIO_DEMO_LIVE=1 CUSTOMERIO_SITE_ID=... CUSTOMERIO_API_KEY=... \
    CUSTOMERIO_APP_API_KEY=... CUSTOMERIO_WRITE_KEY=... \
    CUSTOMERIO_DEMO_EMAIL=you@example.com CUSTOMERIO_DEMO_TRANSACTIONAL_ID=... \
    CUSTOMERIO_DEMO_BROADCAST_ID=... python examples/demo.py

In live mode the report comes from the SDK's `customerio` logger; the email and broadcast
scenarios are skipped when their ids are not set.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import hmac
import io
import json
import logging
import os
import pathlib
import queue
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any, TextIO

import broadcast
import httpx
import identify
import page_view
import track_event
import transactional_email
import webhook_receiver

from customerio import APIClient, PipelinesBatcher, PipelinesClient, TrackClient
from customerio.types import TrackEntityOperationParam

CUSTOMER_ID = "user-1"
LIVE_CREDENTIALS = ("CUSTOMERIO_SITE_ID", "CUSTOMERIO_API_KEY", "CUSTOMERIO_APP_API_KEY", "CUSTOMERIO_WRITE_KEY")
FAKE_CREDENTIALS = {name: "demo-" + name.removeprefix("CUSTOMERIO_").lower() for name in LIVE_CREDENTIALS}
SERVER_START_TIMEOUT = 30.0


@dataclass
class Context:
    """What a scenario needs: where it runs and the ids to use."""

    live: bool
    email: str
    transactional_id: str | None
    broadcast_id: str | None
    workdir: pathlib.Path
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Scenario:
    title: str
    expected: tuple[str, ...]
    """The `api.operation` names the fake must record for this scenario."""
    run: Callable[[Context], int | None]
    """Returns an exit code (0 or None: success), or raises."""


@dataclass(frozen=True)
class Row:
    operation: str
    method: str
    path: str
    valid: bool | None  # None: not known (live mode)
    status: int
    note: str = ""


# -- scenarios ---------------------------------------------------------------------------------


def _identify(ctx: Context) -> int:
    return identify.main([CUSTOMER_ID, ctx.email, "--plan", "pro"])


def _track(ctx: Context) -> int:
    return track_event.main([CUSTOMER_ID, "purchase", "--price", "23.45", "--anonymous-id", "anon-42"])


def _page_view(ctx: Context) -> int:
    return page_view.main([CUSTOMER_ID, "/pricing"])


def _add_device(ctx: Context) -> None:
    with TrackClient(url=os.environ.get("CUSTOMERIO_TRACK_URL")) as track:
        track.add_device(CUSTOMER_ID, "demo-device-token", "ios", {"last_used": int(time.time()), "app_version": "2.1"})
    ctx.notes.append("device demo-device-token (ios) added")


def _track_batch(ctx: Context) -> None:
    operations: list[TrackEntityOperationParam] = [
        {"type": "person", "identifiers": {"id": CUSTOMER_ID}, "action": "identify", "attributes": {"plan": "pro"}},
        {"type": "person", "identifiers": {"id": CUSTOMER_ID}, "action": "event", "name": "upgraded"},
        {"type": "object", "identifiers": {"object_type_id": "1", "object_id": "acme"}, "action": "identify"},
    ]
    with TrackClient(url=os.environ.get("CUSTOMERIO_TRACK_URL")) as track:
        result = track.batch(operations)
    ctx.notes.append(f"{len(operations)} v2 operations in one request, {len(result.errors or [])} error(s)")


def _transactional_email(ctx: Context) -> int | None:
    if ctx.transactional_id is None:
        ctx.notes.append("skipped: set CUSTOMERIO_DEMO_TRANSACTIONAL_ID")
        return None
    terms = ctx.workdir / "terms.txt"
    terms.write_text("Terms of service, version 1.\n")
    return transactional_email.main(
        [ctx.transactional_id, ctx.email, "--customer-id", CUSTOMER_ID, "--attach", str(terms)]
    )


def _broadcast(ctx: Context) -> int | None:
    if ctx.broadcast_id is None:
        ctx.notes.append("skipped: set CUSTOMERIO_DEMO_BROADCAST_ID")
        return None
    return broadcast.main([ctx.broadcast_id, "--email", ctx.email])


def _attributes_and_listing(ctx: Context) -> None:
    with APIClient(url=os.environ.get("CUSTOMERIO_API_URL")) as api:
        attributes = api.get_attributes(CUSTOMER_ID)
        shown = attributes.to_dict().get("customer", {}).get("attributes", {})
        ctx.notes.append(f"attributes of {CUSTOMER_ID}: {json.dumps(shown, sort_keys=True)}")
        # iter_* follows the `next` cursor, fetching each page when the loop reaches it.
        names = [
            activity.name or activity.type_ or "?"
            for activity in api.iter_get_customer_activities(CUSTOMER_ID, limit=2)
        ]
        ctx.notes.append(f"{len(names)} activities: {', '.join(str(name) for name in names)}")


def _batcher(ctx: Context) -> None:
    failures: list[Exception] = []
    client = PipelinesClient(url=os.environ.get("CUSTOMERIO_PIPELINES_URL"))
    with client, PipelinesBatcher(client, on_error=lambda error, items: failures.append(error)) as batcher:
        batcher.identify(user_id=CUSTOMER_ID, traits={"email": ctx.email, "plan": "pro"})
        batcher.track(user_id=CUSTOMER_ID, event="Order Completed", properties={"total": 23.45})
        if not batcher.flush(timeout=30):
            raise TimeoutError("the batcher did not flush within 30 seconds")
    if failures:
        raise failures[0]
    ctx.notes.append("identify + track queued, sent as one Pipelines batch")


def _webhook(ctx: Context) -> None:
    """Sign a reporting-webhook body and post it to examples/webhook_receiver.py's handler."""
    secret = secrets.token_hex(16)
    body = json.dumps(
        {
            "event_id": "01E2EMRMM6TZ12TF9WGZN0WJQT",
            "object_type": "email",
            "metric": "clicked",
            "timestamp": int(time.time()),
            "data": {
                "customer_id": CUSTOMER_ID,
                "delivery_id": "RAECAAFwnUSneIa0ZXkmq8EdkAM==",
                "identifiers": {"id": CUSTOMER_ID},
                "recipient": ctx.email,
                "subject": "Welcome",
                "href": "https://example.com/pricing",
                "link_id": 1,
            },
        }
    ).encode()

    class Receiver(webhook_receiver.WebhookHandler):
        signing_secret = secret

    def signed(timestamp: int, key: str) -> dict[str, str]:
        digest = hmac.new(key.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256).hexdigest()
        return {"X-CIO-Timestamp": str(timestamp), "X-CIO-Signature": digest}

    now = int(time.time())
    attempts = [
        ("genuine", signed(now, secret), 200),
        ("wrong secret", signed(now, "not-the-secret"), 401),
        ("replayed after 1 h", signed(now - 3600, secret), 401),
    ]
    log_lines = _capture_logger(webhook_receiver.log, logging.INFO)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        with httpx.Client(timeout=10) as http:
            for label, headers, expected in attempts:
                status = http.post(url, content=body, headers=headers).status_code
                outcome = "as expected" if status == expected else f"EXPECTED {expected}"
                ctx.notes.append(f"{label}: {status} {outcome}")
                if status != expected:
                    raise AssertionError(f"the receiver answered {status} to the {label} request, not {expected}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        webhook_receiver.log.removeHandler(log_lines)
    ctx.notes.extend(f"receiver: {line}" for line in log_lines.lines if "clicked" in line)


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("Track: identify (examples/identify.py)", ("track.identify",), _identify),
    Scenario(
        "Track: event + anonymous event (examples/track_event.py)", ("track.track", "track.track_anonymous"), _track
    ),
    Scenario("Track: page view (examples/page_view.py)", ("track.track",), _page_view),
    Scenario("Track: add device", ("track.add_device",), _add_device),
    Scenario("Track: v2 batch", ("track.batch",), _track_batch),
    Scenario(
        "App: transactional email + attachment (examples/transactional_email.py)",
        ("app.send_email",),
        _transactional_email,
    ),
    Scenario(
        "App: broadcast trigger (examples/broadcast.py)",
        ("app.trigger_broadcast", "app.get_broadcast_trigger_status"),
        _broadcast,
    ),
    Scenario(
        "App: attributes + paginated activities",
        ("app.get_attributes", "app.get_customer_activities"),
        _attributes_and_listing,
    ),
    Scenario("Pipelines: identify + track through PipelinesBatcher", ("pipelines.batch",), _batcher),
    Scenario("Webhooks: verify + parse (examples/webhook_receiver.py)", (), _webhook),
)


# -- the fake server ---------------------------------------------------------------------------


class FakeServerProcess:
    """`python -m customerio.testing serve --port 0` in a child process, with its control endpoints."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "customerio.testing", "serve", "--port", "0", "--quiet"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.url = self._read_url()
        self._http = httpx.Client(base_url=self.url, timeout=10)

    def _read_url(self) -> str:
        lines: queue.Queue[str] = queue.Queue()
        stdout = self._process.stdout
        assert stdout is not None

        def pump() -> None:
            for line in stdout:
                lines.put(line)

        threading.Thread(target=pump, daemon=True).start()
        try:
            first = lines.get(timeout=SERVER_START_TIMEOUT)
        except queue.Empty:
            self.close()
            raise RuntimeError("the fake server did not start") from None
        prefix = "FakeCustomerIO listening on "
        if not first.startswith(prefix):
            self.close()
            raise RuntimeError(f"unexpected output from the fake server: {first.strip()!r}")
        return first.removeprefix(prefix).strip()

    def respond(self, operation: str, answer: Any, *, times: int | None = None) -> None:
        payload: dict[str, Any] = {"operation": operation, "json": answer, "api": "app"}
        if times is not None:
            payload["times"] = times
        self._http.post("/__respond__", json=payload).raise_for_status()

    def calls(self) -> list[dict[str, Any]]:
        response = self._http.get("/__calls__")
        response.raise_for_status()
        calls: list[dict[str, Any]] = response.json()
        return calls

    def close(self) -> None:
        if hasattr(self, "_http"):
            self._http.close()
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=5)
        if self._process.stdout is not None:
            self._process.stdout.close()

    def __enter__(self) -> FakeServerProcess:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _script(server: FakeServerProcess, ctx: Context) -> None:
    """Answers that make the fake's replies look like a workspace's (the defaults are schema examples)."""
    server.respond("send_email", {"delivery_id": "dlv_demo_1", "queued_at": int(time.time())})
    server.respond("trigger_broadcast", {"id": 7})
    server.respond(
        "get_attributes",
        {
            "customer": {
                "id": CUSTOMER_ID,
                "identifiers": {"id": CUSTOMER_ID, "email": ctx.email, "cio_id": "a3000001"},
                "attributes": {"email": ctx.email, "plan": "pro"},
            }
        },
    )
    # Two pages: the newest `respond` wins, so the first page (used once) is added last.
    server.respond("get_customer_activities", {"activities": [{"type": "page", "name": "/pricing"}], "next": ""})
    first_page = {"activities": [{"type": "event", "name": "purchase"}, {"type": "event", "name": "upgraded"}]}
    server.respond("get_customer_activities", {**first_page, "next": "page-2"}, times=1)


def _fake_rows(calls: Sequence[Mapping[str, Any]]) -> list[Row]:
    rows = []
    for call in calls:
        url = urllib.parse.urlsplit(str(call.get("url", "")))
        path = url.path + (f"?{url.query}" if url.query else "")
        errors = call.get("errors") or []
        body = call.get("json")
        attachments = body.get("attachments") if isinstance(body, dict) else None
        note = f"attachments: {', '.join(sorted(attachments))}" if isinstance(attachments, dict) else ""
        rows.append(
            Row(
                operation=f"{call.get('api') or '-'}.{call.get('operation') or '-'}",
                method=str(call.get("method")),
                path=path,
                valid=bool(call.get("valid")),
                status=int(call.get("status", 0)),
                note="; ".join(str(error) for error in errors) or note,
            )
        )
    return rows


# -- live mode: requests as logged by the SDK ----------------------------------------------------


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.lines.append(record.getMessage())


def _capture_logger(logger: logging.Logger, level: int) -> _Lines:
    handler = _Lines()
    logger.addHandler(handler)
    if not logger.isEnabledFor(level):
        logger.setLevel(level)
    return handler


def _logged_rows(handler: _Lines) -> list[Row]:
    rows = []
    for record in handler.records:
        # `_base_client` logs each response as ("%s %s -> %d", method, url, status).
        args = record.args
        if record.msg != "%s %s -> %d" or not isinstance(args, tuple) or len(args) != 3:
            continue
        method, url, status = args
        if not isinstance(status, int):
            continue
        parts = urllib.parse.urlsplit(str(url))
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        rows.append(Row(operation=parts.hostname or "-", method=str(method), path=path, valid=None, status=int(status)))
    return rows


# -- running and reporting ---------------------------------------------------------------------


@contextlib.contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _run_scenarios(scenarios: Sequence[Scenario], ctx: Context, out: TextIO) -> int:
    failed = 0
    for scenario in scenarios:
        ctx.notes = []
        captured = io.StringIO()
        error = ""
        try:
            with contextlib.redirect_stdout(captured), contextlib.redirect_stderr(captured):
                code = scenario.run(ctx)
        except Exception as exc:  # a demo reports every failure and goes on
            code, error = 1, f"{type(exc).__name__}: {exc}"
        ok = not code
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {scenario.title}", file=out)
        details = [*captured.getvalue().splitlines(), *ctx.notes] + ([error] if error else [])
        for line in details:
            if line.strip():
                print(f"       {line}", file=out)
    return failed


def _print_table(rows: Sequence[Row], out: TextIO) -> None:
    headers = ("#", "operation", "method", "path", "valid", "status")
    cells = [
        (
            str(index),
            row.operation,
            row.method,
            row.path if len(row.path) <= 60 else row.path[:57] + "...",
            "-" if row.valid is None else ("yes" if row.valid else "NO"),
            str(row.status),
        )
        for index, row in enumerate(rows, 1)
    ]
    widths = [max(len(line[i]) for line in [headers, *cells]) for i in range(len(headers))]
    for line in [headers, *cells]:
        print("  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)).rstrip(), file=out)
    for index, row in enumerate(rows, 1):
        if row.note:
            print(f"  #{index}: {row.note}", file=out)


def _context(live: bool, workdir: pathlib.Path) -> Context:
    if not live:
        return Context(False, "ada@example.com", "welcome", "12", workdir)
    return Context(
        True,
        os.environ["CUSTOMERIO_DEMO_EMAIL"],
        os.environ.get("CUSTOMERIO_DEMO_TRANSACTIONAL_ID") or None,
        os.environ.get("CUSTOMERIO_DEMO_BROADCAST_ID") or None,
        workdir,
    )


def run(scenarios: Sequence[Scenario] = SCENARIOS, *, out: TextIO | None = None) -> int:
    """Run `scenarios` against the fake server and print the report; the process's exit code."""
    out = out or sys.stdout
    with tempfile.TemporaryDirectory() as tmp, FakeServerProcess() as server:
        ctx = _context(False, pathlib.Path(tmp))
        _script(server, ctx)
        urls = {
            "CUSTOMERIO_TRACK_URL": f"{server.url}/track/api/v1",
            "CUSTOMERIO_API_URL": f"{server.url}/app/v1",
            "CUSTOMERIO_PIPELINES_URL": f"{server.url}/cdp/v1",
        }
        print(f"Fake Customer.io (python -m customerio.testing serve) at {server.url}\n", file=out)
        with _environment({**FAKE_CREDENTIALS, **urls, "CUSTOMERIO_REGION": "us"}):
            failed = _run_scenarios(scenarios, ctx, out)
        calls = server.calls()

    rows = _fake_rows(calls)
    print(f"\nWhat the server received ({len(rows)} requests):\n", file=out)
    _print_table(rows, out)
    invalid = sum(not row.valid for row in rows)
    received = {row.operation for row in rows}
    missing = sorted({op for scenario in scenarios for op in scenario.expected} - received)
    print(file=out)
    if missing:
        print(f"never received: {', '.join(missing)}", file=out)
    summary = (
        f"{len(scenarios) - failed}/{len(scenarios)} scenarios ok, {len(rows) - invalid}/{len(rows)} requests valid"
    )
    print(summary, file=out)
    return 1 if failed or invalid or missing else 0


def run_live(scenarios: Sequence[Scenario] = SCENARIOS, *, out: TextIO | None = None) -> int:
    """Run `scenarios` against the API the CUSTOMERIO_* variables name; the report comes from the SDK's log."""
    out = out or sys.stdout
    missing = [name for name in (*LIVE_CREDENTIALS, "CUSTOMERIO_DEMO_EMAIL") if not os.environ.get(name)]
    if missing:
        print(f"CUSTOMERIO_DEMO_LIVE=1 needs {', '.join(missing)}", file=sys.stderr)
        return 2
    sdk_logger = logging.getLogger("customerio")
    saved_level = sdk_logger.level
    handler = _capture_logger(sdk_logger, logging.DEBUG)
    print("Live run against the Customer.io API (CUSTOMERIO_DEMO_LIVE=1)\n", file=out)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            failed = _run_scenarios(scenarios, _context(True, pathlib.Path(tmp)), out)
    finally:
        sdk_logger.removeHandler(handler)
        sdk_logger.setLevel(saved_level)
    rows = _logged_rows(handler)
    print(f"\nRequests sent ({len(rows)}):\n", file=out)
    _print_table(rows, out)
    print(f"\n{len(scenarios) - failed}/{len(scenarios)} scenarios ok", file=out)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="examples/demo.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.parse_args(argv)
    if os.environ.get("CUSTOMERIO_DEMO_LIVE") == "1":
        return run_live()
    return run()


if __name__ == "__main__":
    sys.exit(main())
