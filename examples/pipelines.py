"""Send identify, track, page and batch calls to the Data Pipelines (CDP) API.

    CUSTOMERIO_WRITE_KEY=... python examples/pipelines.py user-1 ada@example.com

The client fills in each call's `messageId` (a new UUID), `timestamp` (now, ISO 8601) and
`context.library`; `default_context` is merged into every call's context. Set
CUSTOMERIO_PIPELINES_URL to send the requests to another Pipelines root (a fake server, say, such
as `http://127.0.0.1:8080/v1`).
"""

from __future__ import annotations

import argparse
import os
import sys

from customerio import CustomerIOError, MissingParamError, PipelinesClient


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send Pipelines calls.")
    parser.add_argument("user_id")
    parser.add_argument("email")
    args = parser.parse_args(argv)

    try:
        # No write key given: the client reads CUSTOMERIO_WRITE_KEY.
        client = PipelinesClient(
            url=os.environ.get("CUSTOMERIO_PIPELINES_URL"),
            default_context={"app": {"name": "examples", "version": "1.0"}},
        )
    except MissingParamError as error:
        print(f"{error}: set CUSTOMERIO_WRITE_KEY", file=sys.stderr)
        return 2

    with client:
        try:
            client.identify(user_id=args.user_id, traits={"email": args.email, "plan": "pro"})
            client.track(user_id=args.user_id, event="Order Completed", properties={"total": 23.45})
            client.page(user_id=args.user_id, name="Pricing", properties={"path": "/pricing"})
            # Several calls in one request; each item carries its own `type`.
            client.batch(
                [
                    {"type": "track", "user_id": args.user_id, "event": "Trial Started"},
                    {"type": "group", "user_id": args.user_id, "group_id": "acme", "traits": {"name": "Acme"}},
                ]
            )
        except CustomerIOError as error:
            print(f"pipelines call failed: {error}", file=sys.stderr)
            return 1
    print(f"sent 4 requests for {args.user_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
