"""`mypy --strict` accepts tests/typing/app_usage.py: the App clients' annotations hold for real use
(its `assert_type` calls pin the types, its `# type: ignore[...]` lines misuses mypy must reject)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import strict_mypy

ROOT = Path(__file__).resolve().parent.parent
USAGE = ROOT / "tests" / "typing" / "app_usage.py"


def run_mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return strict_mypy(path)


def test_app_usage_type_checks() -> None:
    result = run_mypy(USAGE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 1 source file" in result.stdout


def test_a_misuse_is_reported(tmp_path: Path) -> None:
    """The check can fail: passing a mapping where a request object is expected is an error."""
    bad = tmp_path / "bad_usage.py"
    bad.write_text(
        "from customerio import APIClient\n\n\n"
        "def use(client: APIClient) -> None:\n"
        '    client.send_email({"to": "a@example.com"})\n',
        encoding="utf-8",
    )
    result = run_mypy(bad)
    assert result.returncode == 1
    assert "[arg-type]" in result.stdout and "send_email" in result.stdout
