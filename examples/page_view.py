"""Record that a person viewed a page, with the Track API.

    CUSTOMERIO_SITE_ID=... CUSTOMERIO_API_KEY=... python examples/page_view.py user-1 /pricing

`track_page_view(customer_id, path)` posts `{"type": "page", "name": path}` to the person's events
endpoint; page events can drive campaigns like any other event. Set CUSTOMERIO_TRACK_URL to send
the request to another Track root (a fake server in tests).
"""

from __future__ import annotations

import argparse
import os
import sys

from customerio import CustomerIOError, MissingParamError, TrackClient


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Record a page view.")
    parser.add_argument("customer_id")
    parser.add_argument("path", help="the page, e.g. /pricing or a full URL")
    args = parser.parse_args(argv)

    try:
        client = TrackClient(url=os.environ.get("CUSTOMERIO_TRACK_URL"))
    except MissingParamError as error:
        print(f"{error}: set CUSTOMERIO_SITE_ID and CUSTOMERIO_API_KEY", file=sys.stderr)
        return 2

    with client:
        try:
            client.track_page_view(args.customer_id, args.path)
        except CustomerIOError as error:
            print(f"page view failed: {error}", file=sys.stderr)
            return 1
    print(f"{args.customer_id} viewed {args.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
