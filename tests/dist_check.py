"""`make dist-check`: build the sdist and the wheel, install each in a clean venv, and smoke-test it.

    .venv/bin/python tests/dist_check.py

Steps: `python -m build` (sdist + wheel) into a temporary folder; check the wheel and the sdist hold
the typing markers, the API descriptions `customerio.testing` reads and nothing from the work tree
that does not belong there; then, for the wheel and again for the sdist, create a fresh venv,
`pip install '<artifact>[testing]'` (not editable) and run a smoke script from a folder outside the
source tree, so that only the installed package can be imported. Exits non-zero on the first problem.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import venv
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Files every wheel must hold (paths inside the wheel).
WHEEL_REQUIRED = (
    "customerio/__init__.py",
    "customerio/py.typed",
    "customerio/webhooks.py",
    "customerio/models.py",
    "customerio/testing/__init__.py",
    "customerio/testing/__main__.py",
    "customerio/testing/specs/track.yaml",
    "customerio/testing/specs/app.yaml",
    "customerio/testing/specs/pipelines.yaml",
    "customerio/testing/specs/webhooks.yaml",
    "_customerio_gen/__init__.py",
    "_customerio_gen/py.typed",
    "_customerio_gen/_runtime.py",
    "_customerio_gen/models.py",
    "_customerio_gen/webhook_events.py",
    "_customerio_gen/track/client.py",
    "_customerio_gen/app/client.py",
    "_customerio_gen/pipelines/client.py",
)
# Top-level folders a wheel may have besides the .dist-info one.
WHEEL_TOP_LEVEL = {"customerio", "_customerio_gen"}

# Files every sdist must hold (paths below its `<name>-<version>/` folder).
SDIST_REQUIRED = (
    "pyproject.toml",
    "README.md",
    "LICENSE",
    "PKG-INFO",
    "src/customerio/__init__.py",
    "src/customerio/py.typed",
    "generated/_customerio_gen/py.typed",
    "generated/_customerio_gen/track/client.py",
    "spec/track.yaml",
    "spec/app.yaml",
    "spec/pipelines.yaml",
)

SMOKE = r"""
import importlib.resources
import sys
from pathlib import Path

import customerio
from customerio import APIClient, PipelinesClient, TrackClient
from customerio.testing import FakeCustomerIO, sample_webhook, sign_webhook
from customerio.testing._validate import schema_available
from customerio.webhooks import EmailSentEvent, PushOpenedEvent, construct_event, parse_reporting_webhook

prefix = Path(sys.prefix).resolve()
for module in (customerio, sys.modules["_customerio_gen"]):
    origin = Path(module.__file__).resolve()
    assert prefix in origin.parents, f"{module.__name__} imported from {origin}, not from the venv {prefix}"

for package in ("customerio", "_customerio_gen"):
    assert importlib.resources.files(package).joinpath("py.typed").is_file(), f"{package}/py.typed is missing"
specs = importlib.resources.files("customerio.testing").joinpath("specs")
for name in ("track.yaml", "app.yaml", "pipelines.yaml", "webhooks.yaml"):
    assert specs.joinpath(name).is_file(), f"customerio/testing/specs/{name} is missing"

assert schema_available(), "the testing extra did not bring openapi-schema-validator"
fake = FakeCustomerIO()
assert fake.validation == "openapi-schema-validator", fake.validation
with fake.track_client() as cio:
    assert isinstance(cio, TrackClient)
    cio.identify("user-1", {"email": "ada@example.com", "plan": "pro"})
call = fake.last_call
assert call.operation == "identify", call
assert call.method == "PUT" and call.url.endswith("/api/v1/customers/user-1"), call
assert call.json == {"email": "ada@example.com", "plan": "pro"}, call.json
assert call.valid, call.errors

with APIClient("app-key") as app, PipelinesClient("write-key") as pipelines:
    assert "app-key" not in repr(app) and "write-key" not in repr(pipelines)

event = parse_reporting_webhook(
    b'{"event_id":"01E4C4CT6YDC7Y5M7FE1GWWPQJ","object_type":"email","metric":"sent",'
    b'"timestamp":1613063089,"data":{"recipient":"ada@example.com"}}'
)
assert isinstance(event, EmailSentEvent), type(event)
assert event.data.recipient == "ada@example.com"
body = sample_webhook("push", "opened")  # built from the shipped webhooks.yaml
signed = construct_event(signing_secret="s", headers=sign_webhook("s", body), body=body)
assert isinstance(signed, PushOpenedEvent), type(signed)
print(f"smoke ok: customerio {customerio.__version__} from {Path(customerio.__file__).parent}")
"""


class CheckError(Exception):
    """A packaging problem; its message says which."""


def run(args: Sequence[str | Path], *, cwd: Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    completed = subprocess.run([str(a) for a in args], cwd=cwd, env=env, check=False)
    if completed.returncode != 0:
        raise CheckError(f"command failed with exit code {completed.returncode}: {' '.join(str(a) for a in args)}")


def clean_env() -> dict[str, str]:
    """The environment without anything that could make the source tree importable."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "MYPYPATH")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def missing(names: Iterable[str], required: Iterable[str]) -> list[str]:
    present = set(names)
    return [name for name in required if name not in present]


def check_wheel(wheel: Path, version: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        dist_info = f"customerio_sdk-{version}.dist-info"
        metadata = archive.read(f"{dist_info}/METADATA").decode("utf-8")
    absent = missing(names, WHEEL_REQUIRED)
    if absent:
        raise CheckError(f"{wheel.name} lacks {absent}")
    top = {name.split("/", 1)[0] for name in names} - {dist_info}
    if top != WHEEL_TOP_LEVEL:
        raise CheckError(f"{wheel.name} has top-level entries {sorted(top)}, expected {sorted(WHEEL_TOP_LEVEL)}")
    stray = [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".orig", ".rej")) or "/.venv" in n]
    if stray:
        raise CheckError(f"{wheel.name} holds build leftovers: {stray[:5]}")
    for line in (
        "Name: customerio-sdk",
        f"Version: {version}",
        "Requires-Python: >=3.11",
        "Provides-Extra: testing",
    ):
        if line not in metadata.splitlines():
            raise CheckError(f"{wheel.name} METADATA lacks {line!r}")
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist: ")]
    for dependency in ("httpx", "attrs"):
        if not any(line.removeprefix("Requires-Dist: ").startswith(dependency) for line in requires):
            raise CheckError(f"{wheel.name} METADATA does not require {dependency}")
    print(f"wheel ok: {wheel.name}, {len(names)} files")


def check_sdist(sdist: Path, version: str) -> None:
    folder = f"customerio_sdk-{version}"
    with tarfile.open(sdist) as archive:
        names = [member.name for member in archive.getmembers()]
    inner = [name.removeprefix(folder + "/") for name in names if name.startswith(folder + "/")]
    if len(inner) != len(names):
        raise CheckError(f"{sdist.name} holds entries outside {folder}/")
    absent = missing(inner, SDIST_REQUIRED)
    if absent:
        raise CheckError(f"{sdist.name} lacks {absent}")
    stray = [n for n in inner if "__pycache__" in n or n.endswith(".pyc") or n.startswith((".venv", "site/", "dist/"))]
    if stray:
        raise CheckError(f"{sdist.name} holds work-tree leftovers: {stray[:5]}")
    print(f"sdist ok: {sdist.name}, {len(inner)} files")


# The `testing` extra installed beside versions an application may already pin: a common older PyYAML,
# and the floors of the extra's ranges (pyproject.toml), which the fake must really work with.
BESIDE = {
    "pyyaml-6.0.2": ("pyyaml==6.0.2",),
    "floors": ("pyyaml==6.0.1", "openapi-schema-validator==0.6.1"),
}


def install_and_smoke(artifact: Path, work: Path, label: str, beside: Sequence[str] = ()) -> None:
    """A fresh venv, the artifact installed with pip (with the `testing` extra, and `beside` pins in the
    same resolution), the smoke script run there."""
    started = time.monotonic()
    env_dir = work / f"venv-{label}"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    env = clean_env()
    run([python, "-m", "pip", "install", "--quiet", f"{artifact}[testing]", *beside], cwd=work, env=env)
    outside = work / f"smoke-{label}"
    outside.mkdir()
    script = outside / "smoke.py"
    script.write_text(SMOKE, encoding="utf-8")
    run([python, "-I", script], cwd=outside, env=env)
    print(f"{label} ok in {time.monotonic() - started:.1f}s")


def main() -> int:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    work = Path(tempfile.mkdtemp(prefix="customerio-dist-check-"))
    try:
        dist = work / "dist"
        run([sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", dist, ROOT], cwd=ROOT)
        wheels = sorted(dist.glob("*.whl"))
        sdists = sorted(dist.glob("*.tar.gz"))
        if [w.name for w in wheels] != [f"customerio_sdk-{version}-py3-none-any.whl"] or len(sdists) != 1:
            raise CheckError(f"expected one py3-none-any wheel and one sdist, got {[p.name for p in dist.iterdir()]}")
        check_wheel(wheels[0], version)
        check_sdist(sdists[0], version)
        install_and_smoke(wheels[0], work, "wheel")
        install_and_smoke(sdists[0], work, "sdist")
        for label, pins in BESIDE.items():
            install_and_smoke(wheels[0], work, f"wheel-beside-{label}", pins)
    except CheckError as error:
        print(f"dist-check: FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("dist-check: wheel and sdist build, install and import cleanly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
