"""The Track clients' annotations, checked by the project's own mypy (`--strict`).

tests/typing/typed_usage.py is code a user would write: it must type-check cleanly, and so must
tests/typing/request_usage.py, dict-literal requests checked against the request TypedDicts with
no `cast` at all.
tests/typing/typed_misuse.py holds mistakes: mypy must report an error on every line whose comment
starts with `# E:` and on no other line (so, for example, `identify` cannot return `Any`).
"""

from __future__ import annotations

import io
import re
import sys
import tokenize
from functools import cache
from pathlib import Path

from conftest import strict_mypy

ROOT = Path(__file__).resolve().parent.parent
USAGE = ROOT / "tests" / "typing" / "typed_usage.py"
MISUSE = ROOT / "tests" / "typing" / "typed_misuse.py"
REQUESTS = ROOT / "tests" / "typing" / "request_usage.py"
ERROR_LINE = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+): error: ", re.MULTILINE)


@cache
def mypy_output() -> tuple[int, str]:
    """One `mypy --strict` run over both modules (the venv's mypy, no cache: a clean verdict)."""
    result = strict_mypy(
        USAGE.relative_to(ROOT),
        MISUSE.relative_to(ROOT),
        REQUESTS.relative_to(ROOT),
        options=("--no-color-output", "--no-error-summary", "--show-error-codes"),
    )
    return result.returncode, result.stdout + result.stderr


def error_lines(output: str, path: Path) -> set[int]:
    wanted = path.relative_to(ROOT).as_posix()
    return {int(m["line"]) for m in ERROR_LINE.finditer(output) if Path(m["path"]).as_posix() == wanted}


def marked_lines(path: Path) -> set[int]:
    source = path.read_text(encoding="utf-8")
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {tok.start[0] for tok in tokens if tok.type == tokenize.COMMENT and tok.string.startswith("# E:")}


def test_mypy_ran() -> None:
    code, output = mypy_output()
    assert code in (0, 1), output  # 2 would be a crash or a usage error
    assert "error:" in output


def test_typed_usage_passes_strict_mypy() -> None:
    _, output = mypy_output()
    assert error_lines(output, USAGE) == set(), output


def test_dict_literal_requests_pass_strict_mypy_without_cast() -> None:
    _, output = mypy_output()
    assert error_lines(output, REQUESTS) == set(), output
    source = REQUESTS.read_text(encoding="utf-8")
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    names = {tok.string for tok in tokens if tok.type == tokenize.NAME}
    assert "cast" not in names and "Any" not in names
    assert "type: ignore" not in source


def test_only_the_checked_modules_have_errors() -> None:
    _, output = mypy_output()
    paths = {Path(m["path"]).as_posix() for m in ERROR_LINE.finditer(output)}
    assert paths <= {MISUSE.relative_to(ROOT).as_posix()}, output


def test_every_marked_misuse_is_rejected_and_nothing_else() -> None:
    _, output = mypy_output()
    marked = marked_lines(MISUSE)
    assert len(marked) >= 25
    reported = error_lines(output, MISUSE)
    assert sorted(marked - reported) == [], f"mypy accepted these misuses:\n{output}"
    assert sorted(reported - marked) == [], f"unexpected errors:\n{output}"


def test_identify_does_not_return_any() -> None:
    source = MISUSE.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(source, 1) if text.startswith("not_a_number: int = client.identify("))
    _, output = mypy_output()
    assert re.search(
        rf"typed_misuse\.py:{line}: error: Incompatible types in assignment \(expression has type "
        r"\"dict\[str, Any\]\"",
        output,
    ), output


def test_the_usage_module_imports() -> None:
    """typed_usage.py is valid at runtime too (its functions are only defined, not run)."""
    sys.path.insert(0, str(USAGE.parent))
    try:
        import typed_usage

        assert callable(typed_usage.main)
    finally:
        sys.path.remove(str(USAGE.parent))
        sys.modules.pop("typed_usage", None)
