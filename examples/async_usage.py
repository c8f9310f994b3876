"""The async clients: identify several people concurrently, then page through one's activity.

    CUSTOMERIO_SITE_ID=... CUSTOMERIO_API_KEY=... CUSTOMERIO_APP_API_KEY=... python examples/async_usage.py

`AsyncTrackClient`, `AsyncAPIClient` and `AsyncPipelinesClient` have the same methods as the
blocking clients, as coroutines; `iter_*` methods are async iterators that fetch pages as the loop
needs them. Set CUSTOMERIO_TRACK_URL / CUSTOMERIO_API_URL to send the requests elsewhere (a fake
server in tests).
"""

from __future__ import annotations

import asyncio
import os
import sys

from customerio import AsyncAPIClient, AsyncTrackClient, CustomerIOError, MissingParamError

PEOPLE = {"user-1": "ada@example.com", "user-2": "grace@example.com", "user-3": "edsger@example.com"}


async def run() -> int:
    try:
        async with (
            AsyncTrackClient(url=os.environ.get("CUSTOMERIO_TRACK_URL")) as track,
            AsyncAPIClient(url=os.environ.get("CUSTOMERIO_API_URL")) as api,
        ):
            try:
                # One connection pool per client serves all the concurrent requests.
                await asyncio.gather(*(track.identify(pid, {"email": email}) for pid, email in PEOPLE.items()))
                print(f"identified {len(PEOPLE)} people")

                shown = 0
                async for activity in api.iter_get_customer_activities("user-1", limit=50):
                    print(f"  {activity.type_ or '?'} {activity.name or ''}")
                    shown += 1
                    if shown == 20:  # stop early: no further page is fetched
                        break
            except CustomerIOError as error:
                print(f"request failed: {error}", file=sys.stderr)
                return 1
    except MissingParamError as error:
        print(f"{error}: set CUSTOMERIO_SITE_ID, CUSTOMERIO_API_KEY and CUSTOMERIO_APP_API_KEY", file=sys.stderr)
        return 2
    return 0


def main() -> int:
    return asyncio.run(run())


if __name__ == "__main__":
    sys.exit(main())
