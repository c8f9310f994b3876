"""Send a transactional email from a template with the App API, with an optional attachment.

    CUSTOMERIO_APP_API_KEY=... python examples/transactional_email.py welcome ada@example.com \
        --customer-id user-1 --attach terms.pdf

`transactional_message_id` is the template's id (or its trigger name); `message_data` fills its
Liquid `{{trigger.…}}` variables. Without a template, pass `from_`, `subject` and `body` instead.
Set CUSTOMERIO_API_URL to send the request to another App API root (a fake server in tests).
"""

from __future__ import annotations

import argparse
import os
import pathlib
import sys

from customerio import APIClient, CustomerIOError, MissingParamError, SendEmailRequest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send a transactional email.")
    parser.add_argument("template", help="transactional message id or trigger name")
    parser.add_argument("to", help="recipient email address")
    parser.add_argument("--customer-id", help="the person's id; the email address identifies them otherwise")
    parser.add_argument("--attach", type=pathlib.Path, action="append", default=[], help="a file to attach")
    args = parser.parse_args(argv)

    identifiers: dict[str, str | int] = {"id": args.customer_id} if args.customer_id else {"email": args.to}
    request = SendEmailRequest(
        to=args.to,
        transactional_message_id=args.template,
        identifiers=identifiers,
        message_data={"first_name": "Ada", "plan": "pro"},
        reply_to="support@example.com",
    )
    for path in args.attach:
        # base64-encoded for you; all attachments together must stay under 2 MB
        request.attach(path.name, path.read_bytes())

    try:
        client = APIClient(url=os.environ.get("CUSTOMERIO_API_URL"))
    except MissingParamError as error:
        print(f"{error}: set CUSTOMERIO_APP_API_KEY", file=sys.stderr)
        return 2

    with client:
        try:
            result = client.send_email(request)
        except CustomerIOError as error:
            print(f"send failed: {error}", file=sys.stderr)
            return 1
    print(f"queued delivery {result.delivery_id or '?'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
