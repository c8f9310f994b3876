"""Delete a person with the Track API, optionally suppressing them so they cannot come back.

    CUSTOMERIO_SITE_ID=... CUSTOMERIO_API_KEY=... python examples/destroy.py user-1 [--suppress]

`destroy` removes the person and their data; a later `identify` with the same id creates them
again. `suppress` deletes them and also refuses any further data for that id until `unsuppress`.
Set CUSTOMERIO_TRACK_URL to send the request to another Track root (a fake server in tests).
"""

from __future__ import annotations

import argparse
import os
import sys

from customerio import CustomerIOError, MissingParamError, TrackClient


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Delete (or suppress) a person.")
    parser.add_argument("customer_id")
    parser.add_argument("--suppress", action="store_true", help="also keep the id from being added again")
    args = parser.parse_args(argv)

    try:
        client = TrackClient(url=os.environ.get("CUSTOMERIO_TRACK_URL"))
    except MissingParamError as error:
        print(f"{error}: set CUSTOMERIO_SITE_ID and CUSTOMERIO_API_KEY", file=sys.stderr)
        return 2

    with client:
        try:
            if args.suppress:
                client.suppress(args.customer_id)
            else:
                client.destroy(args.customer_id)
        except CustomerIOError as error:
            print(f"delete failed: {error}", file=sys.stderr)
            return 1
    print(f"{'suppressed' if args.suppress else 'deleted'} {args.customer_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
