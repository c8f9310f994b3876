"""Record events with the Track API: one for a known person, one for an anonymous visitor.

    CUSTOMERIO_SITE_ID=... CUSTOMERIO_API_KEY=... python examples/track_event.py user-1 purchase --price 23.45

Events can trigger campaigns and are shown on the person's activity log. The `id` key (a ULID or
any unique string) lets Customer.io drop a duplicate if the same event is sent twice. Set
CUSTOMERIO_TRACK_URL to send the requests to another Track root (a fake server in tests).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid

from customerio import CustomerIORequestError, MissingParamError, TrackClient


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Record an event for a person.")
    parser.add_argument("customer_id")
    parser.add_argument("event_name")
    parser.add_argument("--price", type=float, default=0.0)
    parser.add_argument("--anonymous-id", help="also record a `viewed_pricing` event for this anonymous id")
    args = parser.parse_args(argv)

    try:
        client = TrackClient(url=os.environ.get("CUSTOMERIO_TRACK_URL"))
    except MissingParamError as error:
        print(f"{error}: set CUSTOMERIO_SITE_ID and CUSTOMERIO_API_KEY", file=sys.stderr)
        return 2

    with client:
        try:
            client.track(
                args.customer_id,
                {
                    "name": args.event_name,  # required: MissingParamError("data.name is required") otherwise
                    "data": {"price": args.price, "currency": "EUR"},
                    "timestamp": int(time.time()),
                    "id": str(uuid.uuid4()),  # deduplication id
                },
            )
            if args.anonymous_id:
                # Kept under the anonymous id and attributed to the person identified with it later.
                client.track_anonymous(args.anonymous_id, {"name": "viewed_pricing", "data": {"plan": "pro"}})
        except CustomerIORequestError as error:
            # error.body keeps the raw answer; the message never carries the payload you sent
            print(f"Customer.io answered {error.status_code}: {error}", file=sys.stderr)
            return 1
    print(f"recorded {args.event_name!r} for {args.customer_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
