"""Static packaging and documentation checks (fast); `make dist-check` builds and installs for real."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

import customerio
import customerio.bulk
import customerio.models
import customerio.testing
import customerio.webhooks
from customerio.testing import _spec

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PYPROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
DIRECTIVE = re.compile(r"^::: ([\w.]+)\n((?:[ \t]+.*\n|\n(?=[ \t]))*)", re.MULTILINE)


def resolve(path: str) -> Any:
    """The object a dotted path names: the longest importable module, then attributes."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            obj = getattr(obj, attribute)
        return obj
    raise ImportError(path)


def documented_paths() -> set[str]:
    """Every object path the reference pages render: `::: path` and the `members:` listed under one."""
    paths: set[str] = set()
    for page in sorted((DOCS / "reference").glob("*.md")):
        for match in DIRECTIVE.finditer(page.read_text(encoding="utf-8")):
            path, block = match.group(1), match.group(2)
            paths.add(path)
            options = (yaml.safe_load(block) or {}).get("options", {}) if block.strip() else {}
            members = options.get("members")
            if isinstance(members, list):
                paths.update(f"{path}.{member}" for member in members)
    return paths


def test_typing_markers_exist_for_both_packages() -> None:
    assert (ROOT / "src" / "customerio" / "py.typed").is_file()
    assert (ROOT / "generated" / "_customerio_gen" / "py.typed").is_file()


def test_wheel_ships_both_packages_and_the_specs_the_fake_reads() -> None:
    wheel = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert sorted(wheel["packages"]) == ["generated/_customerio_gen", "src/customerio"]
    assert wheel["force-include"] == {"spec": "customerio/testing/specs"}
    for filename in _spec._FILES.values():
        assert (ROOT / "spec" / filename).is_file(), filename
    sdist = PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    for needed in ("src", "generated", "spec", "README.md", "LICENSE"):
        assert needed in sdist


def test_published_extras_are_for_users_only() -> None:
    assert sorted(PYPROJECT["project"]["optional-dependencies"]) == ["aiohttp", "progress", "testing"]


@pytest.mark.parametrize("extra", ["aiohttp", "progress", "testing"])
def test_user_extras_are_bounded_ranges_not_pins(extra: str) -> None:
    requirements = PYPROJECT["project"]["optional-dependencies"][extra]
    assert requirements
    for requirement in requirements:
        assert re.fullmatch(r"[A-Za-z0-9_.-]+>=[0-9][0-9.]*,<[0-9][0-9.]*", requirement), requirement


@pytest.mark.parametrize("group", ["dev", "docs", "dist", "bench"])
def test_developer_tool_groups_are_exact_pins(group: str) -> None:
    requirements = PYPROJECT["dependency-groups"][group]
    assert requirements
    for requirement in requirements:
        assert re.fullmatch(r"[A-Za-z0-9_.-]+(\[[a-z,]+\])?==[0-9][0-9A-Za-z.]*", requirement), requirement


def test_the_testing_floors_are_the_versions_dist_check_installs() -> None:
    script = (ROOT / "tests" / "dist_check.py").read_text(encoding="utf-8")
    for requirement in PYPROJECT["project"]["optional-dependencies"]["testing"]:
        name, floor = requirement.split(",")[0].split(">=")
        assert f'"{name}=={floor}"' in script, requirement


@pytest.mark.parametrize(
    "module", [customerio, customerio.webhooks, customerio.testing, customerio.bulk], ids=lambda m: m.__name__
)
def test_api_reference_renders_every_public_name(module: ModuleType) -> None:
    rendered = [resolve(path) for path in documented_paths()]
    missing = [
        name
        for name in module.__all__
        if name != "__version__" and not any(obj is getattr(module, name) for obj in rendered)
    ]
    assert missing == [], f"add these to docs/reference/*.md: {missing}"


def test_every_docs_page_is_in_the_nav() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))

    def pages(node: Any) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, list):
            return [page for item in node for page in pages(item)]
        if isinstance(node, dict):
            return [page for value in node.values() for page in pages(value)]
        return []

    in_nav = set(pages(config["nav"]))
    on_disk = {page.relative_to(DOCS).as_posix() for page in DOCS.rglob("*.md")}
    assert on_disk - in_nav == set()
    assert in_nav - on_disk == set()


def _docs_hooks() -> Any:
    spec = importlib.util.spec_from_file_location("customerio_docs_hooks", DOCS / "_hooks.py")
    assert spec is not None and spec.loader is not None
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    return hooks


def test_docs_hook_points_example_links_at_the_repository() -> None:
    hooks = _docs_hooks()
    config = {"repo_url": "https://example.test/sdk/"}
    markdown = "see [a](../examples/identify.py), [all](../examples/) and [b](track.md)"
    assert hooks.on_page_markdown(markdown, page=None, config=config, files=None) == (
        "see [a](https://example.test/sdk/blob/main/examples/identify.py), "
        "[all](https://example.test/sdk/tree/main/examples/) and [b](track.md)"
    )


def test_docs_hook_titles_links_that_show_a_file_name() -> None:
    hooks = _docs_hooks()
    titles = {"track.md": "Track API", "reference/errors.md": "Errors"}
    markdown = "[track.md](track.md#retries), [`track.md`](track.md), [the guide](track.md), [x.md](x.md)"
    assert hooks.titled_links(markdown, "index.md", titles) == (
        "[Track API](track.md#retries), [Track API](track.md), [the guide](track.md), [x.md](x.md)"
    )
    assert hooks.titled_links("[errors.md](../reference/errors.md)", "guides/page.md", titles) == (
        "[Errors](../reference/errors.md)"
    )
    assert hooks.titled_links("[errors.md](errors.md)", "index.md", titles) == "[errors.md](errors.md)"
    assert hooks.titled_links("[errors.md](errors.md)", "reference/index.md", titles) == "[Errors](errors.md)"


def _page_markers(pattern: str) -> list[re.Match[str]]:
    return [
        match
        for page in sorted((DOCS / "reference").glob("*.md"))
        for match in re.finditer(pattern, page.read_text(encoding="utf-8"), re.MULTILINE)
    ]


@pytest.mark.parametrize("path", ["customerio.models", "_customerio_gen.webhook_events"])
def test_every_model_and_event_is_on_exactly_one_reference_page(path: str) -> None:
    hooks = _docs_hooks()
    placed: list[str] = []
    for marker in _page_markers(hooks._MEMBERS_OF.pattern):
        if marker.group("path") == path:
            placed += hooks.group_members(path, marker.group("api"), marker.group("first"), marker.group("last"))
    assert sorted(placed) == sorted(hooks.public_names(path))
    if path == "customerio.models":
        assert sorted(placed) == sorted(customerio.models.__all__)


@pytest.mark.parametrize("path", ["customerio.APIClient", "customerio.AsyncAPIClient"])
def test_every_app_method_is_on_exactly_one_reference_page(path: str) -> None:
    hooks = _docs_hooks()
    by_tag = hooks.methods_by_tag(path)
    placed = [
        tag
        for marker in _page_markers(hooks._METHODS_OF.pattern)
        if marker.group("path") == path
        for tag in marker.group("tags").split(",")
    ]
    assert sorted(placed) == sorted(by_tag)
    client = resolve(path)
    methods = [name for names in by_tag.values() for name in names]
    assert all(callable(getattr(client, name)) for name in methods)
    public = {name for name in dir(client) if not name.startswith("_") and callable(getattr(client, name))}
    assert public - set(methods) == {"aclose" if path.startswith("customerio.Async") else "close", "with_options"}


def _per_call_timeouts() -> Iterator[tuple[str, inspect.Parameter]]:
    for client in (customerio.TrackClient, customerio.APIClient, customerio.PipelinesClient):
        for twin in (client, getattr(customerio, "Async" + client.__name__)):
            for name in dir(twin):
                method = getattr(twin, name)
                if not name.startswith("_") and callable(method) and name != "with_raw_response":
                    parameter = inspect.signature(method).parameters.get("timeout")
                    if parameter is not None:
                        yield f"{twin.__name__}.{name}", parameter


def test_per_call_timeouts_default_to_the_public_sentinel() -> None:
    timeouts = dict(_per_call_timeouts())
    assert len(timeouts) > 300
    for name, parameter in timeouts.items():
        assert parameter.default is customerio.USE_CLIENT_DEFAULT, name
        assert "_rt." not in str(parameter.annotation) and "NotGiven" not in str(parameter.annotation), name
    assert repr(customerio.USE_CLIENT_DEFAULT) == "USE_CLIENT_DEFAULT"
    assert isinstance(customerio.USE_CLIENT_DEFAULT, customerio.UseClientDefault)


REPOSITORY = "https://github.com/customerio-sdk/customerio-python-sdk"
MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_readme_links_work_where_pypi_shows_it() -> None:
    """PyPI renders the README without the repository: every link is absolute (or an anchor), and a
    link into this repository names a file that exists."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = MARKDOWN_LINK.findall(readme)
    assert links
    for link in links:
        assert link.startswith(("https://", "#")), f"relative link in README.md: {link}"
        if link.startswith(f"{REPOSITORY}/blob/main/"):
            path = link.removeprefix(f"{REPOSITORY}/blob/main/").split("#")[0]
            assert (ROOT / path).is_file(), link


def test_project_urls_lead_to_pages_not_folders() -> None:
    urls = PYPROJECT["project"]["urls"]
    assert set(urls) >= {"Homepage", "Documentation", "Issues", "Changelog", "Source"}
    for name, url in urls.items():
        assert url.startswith(REPOSITORY), name
        if "/blob/main/" in url:
            assert (ROOT / url.split("/blob/main/", 1)[1]).is_file(), name
        assert "/tree/" not in url, f"{name} points at a folder listing"
