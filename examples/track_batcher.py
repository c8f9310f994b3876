"""Send Track calls from a busy program through a `TrackBatcher`.

    CUSTOMERIO_SITE_ID=... CUSTOMERIO_API_KEY=... python examples/track_batcher.py user-1 user-2

The batcher takes the same calls as `TrackClient` — `identify(customer_id, data)`,
`track(customer_id, data)`, `add_device(...)`, ... — checks them at once, queues them and sends
them as Track v2 batches from a background thread, several batches at a time (`max_in_flight`),
each person's calls in the order they were made. What cannot be delivered reaches `on_error`.
Set CUSTOMERIO_TRACK_URL to send the requests to another Track root (a fake server in tests).
"""

from __future__ import annotations

import argparse
import os
import sys

from customerio import MissingParamError, TrackBatcher, TrackClient


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Identify people and record an event for each, batched.")
    parser.add_argument("customer_ids", nargs="+")
    args = parser.parse_args(argv)

    try:
        client = TrackClient(url=os.environ.get("CUSTOMERIO_TRACK_URL"))
    except MissingParamError as error:
        print(f"{error}: set CUSTOMERIO_SITE_ID and CUSTOMERIO_API_KEY", file=sys.stderr)
        return 2

    failed: list[object] = []

    def on_error(error: Exception, items: list[object]) -> None:
        # runs on the batcher's thread: keep it short (here: remember what to send again)
        print(f"{len(items)} item(s) not delivered: {error}", file=sys.stderr)
        failed.extend(items)

    with client, TrackBatcher(client, on_error=on_error) as batcher:
        for customer_id in args.customer_ids:
            # the same calls as on the client: moving a call to the batcher changes only its object
            batcher.identify(customer_id, {"plan": "pro"})
            batcher.track(customer_id, {"name": "upgraded", "data": {"plan": "pro"}})
        if not batcher.flush(timeout=30):
            print("the batcher did not flush within 30 seconds", file=sys.stderr)
            return 1
    if failed:
        return 1
    print(f"sent {2 * len(args.customer_ids)} calls for {len(args.customer_ids)} people")
    return 0


if __name__ == "__main__":
    sys.exit(main())
