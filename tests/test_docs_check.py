"""tests/docs_check.py (run by `make docs`) finds what it is there to find, on a small built site."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _docs_check() -> Any:
    spec = importlib.util.spec_from_file_location("customerio_docs_check", ROOT / "tests" / "docs_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _site(tmp_path: Path, pages: dict[str, str]) -> Path:
    for name, body in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return tmp_path


def test_a_clean_site_passes(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            "index.html": '<a href="ref/">ref</a> <a href="ref/#f">f</a> <a href="https://x.test/">out</a>',
            "ref/index.html": '<p class="doc-class-bases">Bases: CustomerIOError, ValueError</p><h2 id="f">f</h2><div class="doc-signature"><code>f(timeout=USE_CLIENT_DEFAULT)</code></div>'
            '<a href="../index.html">home</a> <a href="/ref/#f">root-relative</a>',
        },
    )
    assert _docs_check().check_site(site) == []


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('<a href="missing/">x</a>', "broken link missing/"),
        ('<a href="#nowhere">x</a>', "broken link #nowhere (no #nowhere there)"),
        ('<a href="../../outside.html">x</a>', "broken link ../../outside.html"),
        ('<div class="doc-signature"><span>f(timeout=</span><span>_rt</span>.<b>DEFAULT</b>)</div>', "'_rt.' in"),
        ('<div class="doc-signature">f(timeout=NOT_GIVEN)</div>', "'NOT_GIVEN' in"),
        ("x" * 1_000_001, "bytes, over 1,000,000"),
        (
            '<p class="doc doc-class-bases">Bases: <code>TrackOperations</code>, SyncClientCore</p>',
            "TrackOperations, Sync",
        ),
        ('<p class="doc-class-bases">Bases: <code>_TransactionalRequest</code></p>', "internal base classes"),
    ],
)
def test_each_problem_is_reported(tmp_path: Path, body: str, problem: str) -> None:
    problems = _docs_check().check_site(_site(tmp_path, {"index.html": body}))
    assert len(problems) == 1 and problem in problems[0], problems


def test_private_names_outside_signatures_are_not_signature_problems(tmp_path: Path) -> None:
    site = _site(tmp_path, {"index.html": "<p>the old name was NOT_GIVEN</p>"})
    assert _docs_check().check_site(site) == []


def test_no_chromium_fails_unless_the_browser_check_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    docs_check = _docs_check()
    site = _site(tmp_path, {"index.html": "<p>home</p>"})
    monkeypatch.setattr(docs_check.shutil, "which", lambda name: None)
    monkeypatch.delenv("DOCS_BROWSER_CHECK", raising=False)
    assert docs_check.main(["docs_check.py", str(site)]) == 1
    assert "Chromium not found" in capsys.readouterr().err
    monkeypatch.setenv("DOCS_BROWSER_CHECK", "0")
    assert docs_check.main(["docs_check.py", str(site)]) == 0
    assert "browser check SKIPPED (DOCS_BROWSER_CHECK=0)" in capsys.readouterr().out
