"""`python -m customerio.testing serve --port N [--host 127.0.0.1]`: run the loopback fake."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from types import FrameType

from ._server import serve


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m customerio.testing",
        description="A fake Customer.io (Track, App and Pipelines APIs) for tests, checked against the API spec.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("serve", help="serve the fake on a loopback port until interrupted")
    run.add_argument("--port", type=int, default=0, help="port to listen on (0, the default: any free port)")
    run.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    run.add_argument("--quiet", action="store_true", help="do not log each request")
    return parser


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    log = None if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
    server = serve(args.host, args.port, log=log)
    lines = [
        f"FakeCustomerIO listening on {server.url}",
        f"  TrackClient(url={server.url_for('track')!r})  (v2: {server.url_for('track_v2')}, "
        f"unsubscribe: {server.url_for('track_host')})",
        f"  APIClient(url={server.url_for('app')!r})",
        f"  PipelinesClient(url={server.url_for('pipelines')!r})",
        f"  recorded calls: GET {server.url}/__calls__",
    ]
    print("\n".join(lines), flush=True)
    signal.signal(signal.SIGTERM, _stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
