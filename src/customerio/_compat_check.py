"""Refuse to load next to Customer.io's older packages, which install the same `customerio` directory.

`customerio` (3.x: `CustomerIO`, `APIClient` on `requests`) and `customerio-cdp-analytics`
(`from customerio import analytics`) put their files in the same `customerio/` directory as this
distribution, `customerio-sdk`. Installed together they overwrite each other's `__init__.py`, and
uninstalling one deletes files the other needs. When this package's `__init__` runs and finds their
files beside it, importing fails with an `ImportError` that says what to uninstall and reinstall.

The check looks for files only those packages ship (a few `os.stat` calls, microseconds);
`importlib.metadata` would answer the same question but adds several milliseconds to
`import customerio` (README, "Migrating from Customer.io's older packages").
"""

from __future__ import annotations

import os
from collections.abc import Callable

__all__ = ["MARKERS", "check_mixed_install", "mixed_install_message"]

# The distribution that ships each file, as a path relative to the `customerio` directory.
# customerio 3.x: customerio/{__init__,api,client_base,constants,regions,track}.py;
# customerio-cdp-analytics 1.x: customerio/__init__.py (empty) and customerio/analytics/*.py.
MARKERS: dict[str, tuple[str, ...]] = {
    "customerio": ("api.py", "client_base.py", "track.py", "regions.py", "constants.py"),
    "customerio-cdp-analytics": (
        os.path.join("analytics", "__init__.py"),
        os.path.join("analytics", "client.py"),
        os.path.join("analytics", "consumer.py"),
    ),
}

_IMPORTS = {"customerio": "`from customerio import CustomerIO`", "customerio-cdp-analytics": "`customerio.analytics`"}


def mixed_install_message(package_dir: str, found: dict[str, list[str]]) -> str:
    """What to do about the older packages whose files (`found`, per distribution) are in `package_dir`."""
    names = sorted(found)
    lines = [
        "customerio-sdk cannot be imported: Customer.io's older package"
        + ("s " if len(names) > 1 else " ")
        + " and ".join(f"'{name}' ({_IMPORTS[name]})" for name in names)
        + f" installed files into the same directory, {package_dir}:",
    ]
    lines += [f"  {name}: {', '.join(files)}" for name, files in sorted(found.items())]
    lines += [
        "Both install the import name `customerio`, so only one of them can be installed. Run:",
        *(f"  pip uninstall {name}" for name in names),
        "  pip install --force-reinstall customerio-sdk",
        "(uninstalling removes the files both packages share, so customerio-sdk has to be reinstalled after it; "
        "if pip says a package is not installed, delete the files listed above). "
        "See 'Migrating from Customer.io's older packages' in customerio-sdk's README.",
    ]
    return "\n".join(lines)


def check_mixed_install(package_dir: str, exists: Callable[[str], bool] = os.path.exists) -> None:
    """Raise `ImportError` if files of an older Customer.io package are in `package_dir`."""
    found: dict[str, list[str]] = {}
    for distribution, markers in MARKERS.items():
        present = [marker for marker in markers if exists(os.path.join(package_dir, marker))]
        if present:
            found[distribution] = present
    if found:
        raise ImportError(mixed_install_message(package_dir, found), name="customerio")


check_mixed_install(os.path.dirname(__file__))
