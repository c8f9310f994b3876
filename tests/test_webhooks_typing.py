"""The webhook event union under `mypy --strict`: an exhaustive `match` passes, a partial one does not.

tests/typing/webhook_usage.py is a receiver as a user writes it; the same module with one `case`
taken out must fail at its `assert_never`, naming the class left unhandled. (The negative cases
that sit with the SDK's other misuse examples are checked by tests/test_typing.py.)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from customerio.testing import sample_webhook
from customerio.webhooks import REPORTING_WEBHOOK_EVENTS, parse_reporting_webhook

from conftest import strict_mypy

ROOT = Path(__file__).resolve().parent.parent
USAGE = ROOT / "tests" / "typing" / "webhook_usage.py"
LEFT_OUT = "        case wh.EmailBouncedEvent():\n"


def mypy(directory: Path) -> tuple[int, str]:
    """One strict, uncached mypy run over the usage module and its copy without the bounced case."""
    partial = directory / "webhook_partial_match.py"
    source = USAGE.read_text(encoding="utf-8")
    assert source.count(LEFT_OUT) == 1
    start = source.index(LEFT_OUT)
    end = source.index("\n", source.index("\n", start) + 1) + 1  # the case line and its body line
    partial.write_text(source[:start] + source[end:], encoding="utf-8")
    result = strict_mypy(USAGE, partial, options=("--no-color-output", "--no-error-summary"))
    return result.returncode, result.stdout + result.stderr


def test_exhaustive_match_passes_and_a_partial_one_is_flagged(tmp_path: Path) -> None:
    code, output = mypy(tmp_path)
    assert code == 1, output  # 0: the partial match went unnoticed; 2: mypy crashed
    errors = [line for line in output.splitlines() if ": error: " in line]
    assert not [line for line in errors if "webhook_usage.py" in line], output
    (only,) = errors
    assert re.search(r'webhook_partial_match\.py:\d+: error: Argument 1 to "assert_never" has incompatible type', only)
    assert '"EmailBouncedEvent"' in only


def test_the_exhaustive_matches_handle_every_event_at_run_time() -> None:
    """The same module, run: no sample of any event type reaches `assert_never`."""
    sys.path.insert(0, str(USAGE.parent))
    try:
        import webhook_usage

        bodies = [sample_webhook(o, m) for o, m in sorted(REPORTING_WEBHOOK_EVENTS)]
        bodies.append(json.dumps({**json.loads(bodies[0]), "metric": "not_yet_known"}).encode())
        for body in bodies:
            event = parse_reporting_webhook(body)
            assert webhook_usage.describe(event)
            assert webhook_usage.per_channel(event)
    finally:
        sys.path.remove(str(USAGE.parent))
        sys.modules.pop("webhook_usage", None)
