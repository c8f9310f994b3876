"""Create or update a person with the Track API.

    CUSTOMERIO_SITE_ID=... CUSTOMERIO_API_KEY=... python examples/identify.py user-1 ada@example.com --plan pro

`identify` adds the person when nobody has this id yet and otherwise updates only the attributes
sent. Set CUSTOMERIO_REGION=eu for an EU workspace, or CUSTOMERIO_TRACK_URL to send the request
to another Track root (a fake server, say, such as `http://127.0.0.1:8080/api/v1`).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from customerio import CustomerIOError, MissingParamError, TrackClient


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Create or update a person.")
    parser.add_argument("customer_id", help="the person's id in your system")
    parser.add_argument("email")
    parser.add_argument("--plan", default="free")
    args = parser.parse_args(argv)

    try:
        # No credentials given: the client reads CUSTOMERIO_SITE_ID and CUSTOMERIO_API_KEY.
        client = TrackClient(url=os.environ.get("CUSTOMERIO_TRACK_URL"))
    except MissingParamError as error:
        print(f"{error}: set CUSTOMERIO_SITE_ID and CUSTOMERIO_API_KEY", file=sys.stderr)
        return 2

    with client:
        try:
            client.identify(
                args.customer_id,
                {
                    "email": args.email,
                    "plan": args.plan,
                    # Unix seconds; only needed the first time, when the person is created
                    "created_at": int(time.time()),
                },
            )
        except CustomerIOError as error:
            print(f"identify failed: {error}", file=sys.stderr)
            return 1
    print(f"identified {args.customer_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
