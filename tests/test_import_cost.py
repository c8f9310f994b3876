"""`import customerio` stays light: no operation modules, no models, no App/Pipelines clients."""

from __future__ import annotations

import subprocess
import sys


def test_import_loads_no_operation_modules_or_models() -> None:
    probe = (
        "import sys, customerio\n"
        "heavy = [m for m in sys.modules if '.api.' in m or '.models' in m\n"
        "         or m.endswith(('app.client', '_batching', '_track', '_pipelines', '_app', '_requests'))]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_lazy_names_resolve_and_unknown_names_fail() -> None:
    import pytest

    import customerio

    assert customerio.APIClient.__name__ == "APIClient"
    assert customerio.PipelinesBatcher.__name__ == "PipelinesBatcher"
    with pytest.raises(AttributeError):
        _ = customerio.NoSuchThing


def test_import_loads_nothing_of_httpcore_or_the_async_libraries_beyond_what_httpx_loads() -> None:
    probe = (
        "import sys, httpx\n"
        "before = set(sys.modules)\n"
        "import customerio\n"
        "added = set(sys.modules) - before\n"
        "print(sorted(m for m in added if m.split('.')[0] in ('httpcore', 'trio', 'aiohttp', 'asyncio', 'anyio')))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
