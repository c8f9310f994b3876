"""`python -m customerio`: the SDK's command line. `import` loads a CSV or NDJSON file (docs/bulk-import.md)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._errors import CustomerIOError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m customerio", description="Customer.io from the command line.")
    commands = parser.add_subparsers(dest="command", required=True)
    load = commands.add_parser(
        "import",
        help="import a CSV or NDJSON file into Track or Pipelines",
        description=(
            "Send each row of FILE as an identify (or, with a value in --event-column, an event) through a "
            "batcher. Credentials: CUSTOMERIO_SITE_ID and CUSTOMERIO_API_KEY (Track) or CUSTOMERIO_WRITE_KEY "
            "(Pipelines); CUSTOMERIO_REGION picks the region."
        ),
        epilog="Exit status: 0 when every row was accepted, 1 when some were rejected, 2 when the import could not run.",
    )
    load.add_argument("file", help="the CSV (with a header row) or NDJSON file")
    load.add_argument("--api", required=True, choices=("track", "pipelines"), help="which API receives the rows")
    load.add_argument("--format", choices=("csv", "ndjson"), help="the file's format (default: from its extension)")
    load.add_argument("--id-column", default="id", help="the column holding the person's id (default: id)")
    load.add_argument("--email-column", help="the column holding the email (Track: enough on its own to name a person)")
    load.add_argument("--event-column", help="a column naming an event: rows with a value there are events")
    load.add_argument("--timestamp-column", help="a column with Unix seconds or ISO 8601 date-times")
    load.add_argument("--url", help="another API root, e.g. the fake's http://127.0.0.1:8080/track/api/v1")
    load.add_argument(
        "--region", choices=("us", "eu"), help="the workspace's region (default: CUSTOMERIO_REGION or us)"
    )
    load.add_argument("--checkpoint", help="save progress here and resume from it when it exists")
    load.add_argument("--rejects", help="append rows that were not accepted to this NDJSON file, with the reason")
    load.add_argument(
        "--checkpoint-every", type=int, default=1000, help="rows per confirmed chunk, the most a resume repeats (1000)"
    )
    load.add_argument("--max-in-flight", type=int, help="batch requests in flight at once (default: the batcher's)")
    load.add_argument("--no-progress", action="store_true", help="no progress bar or progress lines")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from .bulk import import_file

    try:
        result = import_file(
            args.file,
            api=args.api,
            format=args.format,
            id_column=args.id_column,
            email_column=args.email_column,
            event_column=args.event_column,
            timestamp_column=args.timestamp_column,
            url=args.url,
            region=args.region,
            checkpoint=args.checkpoint,
            rejects=args.rejects,
            checkpoint_every=args.checkpoint_every,
            max_in_flight=args.max_in_flight,
            progress=False if args.no_progress else None,
        )
    except (CustomerIOError, OSError) as error:
        print(f"import: {error}", file=sys.stderr)
        return 2
    skipped = f", {result.skipped:,} done before (checkpoint)" if result.skipped else ""
    print(f"import: {result.accepted:,} rows accepted, {result.rejected:,} rejected{skipped}", file=sys.stderr)
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
