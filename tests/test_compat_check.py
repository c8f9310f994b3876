"""A mixed install (this package plus Customer.io's older `customerio` / `customerio-cdp-analytics`
in the same `customerio/` directory) makes `import customerio` fail with instructions.

The older packages are never installed: their files are faked, in a temporary directory or through
the `exists` hook, and once end to end in a copy of this package's directory (symlinks) that a
fresh interpreter imports.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import customerio
from customerio._compat_check import MARKERS, check_mixed_install

PACKAGE_DIR = Path(customerio.__file__).resolve().parent
ROOT = Path(__file__).resolve().parent.parent

# Files the older packages ship (customerio 3.2.0 and customerio-cdp-analytics 1.1.0 sdists).
OLD_CUSTOMERIO = ["__init__.py", "api.py", "client_base.py", "constants.py", "regions.py", "track.py"]
OLD_CDP = ["__init__.py", *(f"analytics/{name}.py" for name in ("__init__", "client", "consumer", "request", "utils"))]


def fake_files(directory: Path, files: list[str]) -> None:
    for name in files:
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("# fake\n", encoding="utf-8")


def test_this_package_alone_passes() -> None:
    check_mixed_install(str(PACKAGE_DIR))


def test_no_marker_is_a_file_of_this_package() -> None:
    """A marker that this package shipped itself would make every import fail."""
    ours = {path.relative_to(PACKAGE_DIR).as_posix() for path in PACKAGE_DIR.rglob("*") if path.is_file()}
    markers = {marker.replace(os.sep, "/") for files in MARKERS.values() for marker in files}
    assert markers.isdisjoint(ours)
    assert markers.isdisjoint({"__init__.py", "py.typed"})


def test_old_customerio_files_name_the_package_to_uninstall(tmp_path: Path) -> None:
    fake_files(tmp_path, OLD_CUSTOMERIO)
    with pytest.raises(ImportError) as caught:
        check_mixed_install(str(tmp_path))
    message = str(caught.value)
    assert "'customerio'" in message and "customerio-cdp-analytics" not in message
    assert "pip uninstall customerio\n" in message
    assert "pip install --force-reinstall customerio-sdk" in message
    assert str(tmp_path) in message
    assert "api.py, client_base.py, track.py, regions.py, constants.py" in message
    assert caught.value.name == "customerio"


def test_cdp_analytics_files_name_the_package_to_uninstall(tmp_path: Path) -> None:
    fake_files(tmp_path, OLD_CDP)
    with pytest.raises(ImportError) as caught:
        check_mixed_install(str(tmp_path))
    message = str(caught.value)
    assert "'customerio-cdp-analytics'" in message
    assert "pip uninstall customerio-cdp-analytics" in message
    assert "pip uninstall customerio\n" not in message
    assert "pip install --force-reinstall customerio-sdk" in message
    assert os.path.join("analytics", "__init__.py") in message


def test_both_old_packages_are_named(tmp_path: Path) -> None:
    fake_files(tmp_path, OLD_CUSTOMERIO + OLD_CDP)
    with pytest.raises(ImportError) as caught:
        check_mixed_install(str(tmp_path))
    message = str(caught.value)
    assert "older packages 'customerio'" in message
    assert "pip uninstall customerio\n  pip uninstall customerio-cdp-analytics\n" in message


@pytest.mark.parametrize("marker", [marker for files in MARKERS.values() for marker in files])
def test_any_single_leftover_file_is_enough(marker: str) -> None:
    """Checked through the `exists` hook: one marker, and nothing else, is present."""
    seen: list[str] = []

    def exists(path: str) -> bool:
        seen.append(path)
        return path == os.path.join("/pkg", marker)

    with pytest.raises(ImportError, match="pip uninstall"):
        check_mixed_install("/pkg", exists=exists)
    assert len(seen) == sum(len(files) for files in MARKERS.values())


def test_unrelated_files_do_not_count(tmp_path: Path) -> None:
    fake_files(tmp_path, ["__init__.py", "_track.py", "_regions.py", "webhooks.py", "analytics.txt", "other/api.py"])
    (tmp_path / "analytics").mkdir()  # an empty directory left behind is not an install
    check_mixed_install(str(tmp_path))


def _package_copy(tmp_path: Path) -> Path:
    """`customerio/` with every file a symlink to this package's, under `tmp_path`."""
    copy = tmp_path / "customerio"
    for source in PACKAGE_DIR.rglob("*"):
        if "__pycache__" in source.parts or not source.is_file():
            continue
        target = copy / source.relative_to(PACKAGE_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(source)
    return copy


def _import_from(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT / "generated")]))
    code = "import customerio, os; print(os.path.dirname(customerio.__file__))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.parametrize(
    ("old_files", "uninstall"),
    [(["api.py", "track.py"], "pip uninstall customerio\n"), (OLD_CDP[1:], "pip uninstall customerio-cdp-analytics")],
)
def test_import_customerio_fails_in_a_mixed_directory(tmp_path: Path, old_files: list[str], uninstall: str) -> None:
    copy = _package_copy(tmp_path)
    clean = _import_from(tmp_path)
    assert clean.returncode == 0, clean.stderr
    assert clean.stdout.strip() == str(copy)  # the copy, not the installed package, was imported

    fake_files(copy, old_files)
    mixed = _import_from(tmp_path)
    assert mixed.returncode == 1
    assert "ImportError: customerio-sdk cannot be imported" in mixed.stderr
    assert uninstall in mixed.stderr
    assert "pip install --force-reinstall customerio-sdk" in mixed.stderr
