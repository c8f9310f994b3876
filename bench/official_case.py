"""The official `customerio` package (3.2.0, requests-based): per-call microseconds of `identify`.

Runs in its own venv (bench/.venv-official), since it installs the import name `customerio` too:
`bench/.venv-official/bin/python bench/official_case.py --port N`. The package always builds
`https://` URLs; the benchmark points its base URL at the loopback server over plain HTTP and mounts
the package's own adapter (keep-alive socket options, its urllib3 retry policy) for `http://`, so the
request goes through exactly the code path it uses in production, minus TLS.
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version

from _common import API_KEY, ATTRIBUTES, CUSTOMER_ID, SITE_ID, emit, profiled, time_calls


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    from customerio import CustomerIO

    client = CustomerIO(SITE_ID, API_KEY)
    client.base_url = f"http://127.0.0.1:{args.port}/api/v1"
    session = client.http
    session.mount("http://", session.adapters["https://"])

    def call() -> object:
        return client.identify(id=CUSTOMER_ID, **ATTRIBUTES)

    versions = {name: version(name) for name in ("customerio", "requests", "urllib3")}
    try:
        if args.profile:
            time_calls(call, 1, 1, args.warmup)
            emit({"profile": profiled(lambda: time_calls(call, args.calls, 1, 0)), "versions": versions})
        else:
            emit({"us_per_call": time_calls(call, args.calls, args.repeats, args.warmup), "versions": versions})
    finally:
        client.close()


if __name__ == "__main__":
    sys.exit(main())
