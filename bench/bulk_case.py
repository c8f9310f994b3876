"""One bulk-import measurement: `python bench/bulk_case.py --port P --rows N` (bench/run.py starts it).

Writes an N-row CSV of people into a temporary folder, imports it with `customerio.bulk.import_file`
into the loopback server (bench/server.py, which answers every request at once or after its delay)
as Track identifies, and prints one JSON line: rows, seconds, rows per second, the process's peak
RSS and the number of items the server counted — which must equal the rows.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from customerio import TrackClient
from customerio.bulk import import_file


def write_people(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "email", "plan", "signed_up"])
        for n in range(rows):
            writer.writerow([f"user-{n}", f"user-{n}@example.com", "pro" if n % 3 else "free", 1_700_000_000 + n])


def server_events(port: int) -> int:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__stats", timeout=10) as answer:
        return int(json.loads(answer.read())["events"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{args.port}/__reset", method="POST"), timeout=10)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "people.csv"
        write_people(source, args.rows)
        client = TrackClient("site", "key", url=f"http://127.0.0.1:{args.port}/api/v1")
        started = time.perf_counter()
        result = import_file(
            source,
            api="track",
            email_column="email",
            client=client,
            checkpoint=Path(folder) / "people.checkpoint",
            rejects=Path(folder) / "people.rejects.ndjson",
            progress=False,
        )
        seconds = time.perf_counter() - started
        client.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(
        json.dumps(
            {
                "rows": args.rows,
                "accepted": result.accepted,
                "rejected": result.rejected,
                "seconds": seconds,
                "rows_per_second": args.rows / seconds,
                "peak_rss_mb": peak_kb / 1024,
                "server_events": server_events(args.port),
                "pid": os.getpid(),
            }
        )
    )
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
