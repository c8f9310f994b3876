"""Trigger an API-triggered broadcast with the App API and check on the trigger.

    CUSTOMERIO_APP_API_KEY=... python examples/broadcast.py 12 --email ada@example.com --email bob@example.com

`data` fills the broadcast's `{{trigger.…}}` variables. Without `--email` / `--id` the audience set
up for the broadcast in Customer.io is used. A broadcast can be triggered at most once every
10 seconds. Set CUSTOMERIO_API_URL to send the requests to another App API root (a fake server in
tests).
"""

from __future__ import annotations

import argparse
import os
import sys

from customerio import APIClient, CustomerIOError, MissingParamError
from customerio.types import BroadcastRecipientsParam


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Trigger an API-triggered broadcast.")
    parser.add_argument("broadcast_id", type=int)
    parser.add_argument("--email", action="append", default=[], help="send to this address (repeatable)")
    parser.add_argument("--id", action="append", default=[], help="send to this person id (repeatable)")
    parser.add_argument("--headline", default="Our spring sale starts today")
    args = parser.parse_args(argv)

    recipients: BroadcastRecipientsParam | None = None
    if args.email:
        # people not found are skipped instead of failing the trigger
        recipients = {"emails": args.email, "email_ignore_missing": True}
    elif args.id:
        recipients = {"ids": args.id, "id_ignore_missing": True}

    try:
        client = APIClient(url=os.environ.get("CUSTOMERIO_API_URL"))
    except MissingParamError as error:
        print(f"{error}: set CUSTOMERIO_APP_API_KEY", file=sys.stderr)
        return 2

    with client:
        try:
            trigger = client.trigger_broadcast(args.broadcast_id, {"headline": args.headline}, recipients)
            print(f"trigger {trigger.id or '?'} created")
            if trigger.id:
                status = client.get_broadcast_trigger_status(args.broadcast_id, trigger.id)
                print("processed" if status.processed_at else "not processed yet")
        except CustomerIOError as error:
            print(f"trigger failed: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
