"""Look people up by email address with the App API, then read one person's attributes.

    CUSTOMERIO_APP_API_KEY=... python examples/customers_by_email.py ada@example.com

When email is not a unique identifier in the workspace, several people can share an address; each
match comes back with its `id`, `email` and `cio_id`. Set CUSTOMERIO_API_URL to send the requests
to another App API root (a fake server, say, such as `http://127.0.0.1:8080/v1`).
"""

from __future__ import annotations

import argparse
import os
import sys

from customerio import APIClient, CustomerIOError, IdentifierType, MissingParamError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Find the people who have an email address.")
    parser.add_argument("email")
    args = parser.parse_args(argv)

    try:
        # No key given: the client reads CUSTOMERIO_APP_API_KEY.
        client = APIClient(url=os.environ.get("CUSTOMERIO_API_URL"))
    except MissingParamError as error:
        print(f"{error}: set CUSTOMERIO_APP_API_KEY", file=sys.stderr)
        return 2

    with client:
        try:
            found = client.get_customers_by_email(args.email)
            matches = found.results or []
            print(f"{len(matches)} match(es) for {args.email}")
            for person in matches:
                print(f"  id={person.id or '-'} cio_id={person.cio_id or '-'}")
            if matches and matches[0].cio_id:
                # Address the person by cio_id: it is always set, unlike `id`.
                attributes = client.get_attributes(matches[0].cio_id, id_type=IdentifierType.CIO_ID)
                print(attributes.to_dict())
        except CustomerIOError as error:
            print(f"lookup failed: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
