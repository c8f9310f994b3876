"""MkDocs hooks for `make docs` (listed in mkdocs.yml; excluded from the site).

- The guides link to runnable scripts as `../examples/<name>.py`, which works when reading docs/ in
  the repository but points outside the site. In the built site those links go to the file in the
  repository instead (`repo_url`/blob/main/examples/<name>.py).
- A link whose text is its own target (`[track.md](track.md)`, readable on GitHub) shows the page's
  title from the nav instead ("Track API").
- The App clients have about 180 methods each: each page of `reference/app-*.md` holds lines
  `<!-- methods of customerio.APIClient tags=customers,segments -->`, which become one
  `::: customerio.APIClient.<method>` block per method of those API tags (the generated
  `api/<tag>` module each method calls), so that a new operation lands on its page by itself.
- The models and the webhook events are too many for one page a browser opens quickly: each of
  their pages holds a line `<!-- members of customerio.models api=app letters=A-B -->`, which
  becomes a `::: customerio.models` block listing the names of that group, read from the generated
  source, so that a new model lands on its page without editing any list.
"""

from __future__ import annotations

import ast
import posixpath
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_EXAMPLES_LINK = re.compile(r"\]\(\.\./examples/([^)\s]*)\)")
_FILENAME_LINK = re.compile(r"\[`?(?P<text>[\w./-]+\.md)`?\]\((?P<target>[\w./-]+\.md)(?P<anchor>#[^)\s]*)?\)")


def _nav_titles(node: Any) -> Iterator[tuple[str, str]]:
    """(page, title) for every titled page of a mkdocs.yml `nav`."""
    if isinstance(node, list):
        for item in node:
            yield from _nav_titles(item)
    elif isinstance(node, dict):
        for title, value in node.items():
            if isinstance(value, str):
                yield value, str(title)
            else:
                yield from _nav_titles(value)


def titled_links(markdown: str, page_uri: str, titles: dict[str, str]) -> str:
    """`[x.md](x.md#a)` → `[Title of x](x.md#a)` for the pages the nav names."""
    here = posixpath.dirname(page_uri)

    def retitle(match: re.Match[str]) -> str:
        target = match.group("target")
        if posixpath.basename(match.group("text")) != posixpath.basename(target):
            return match.group(0)
        title = titles.get(posixpath.normpath(posixpath.join(here, target)))
        if title is None:
            return match.group(0)
        return f"[{title}]({target}{match.group('anchor') or ''})"

    return _FILENAME_LINK.sub(retitle, markdown)


GENERATED = Path(__file__).resolve().parents[1] / "generated" / "_customerio_gen"
# The objects whose members are split over several pages, and the generated file that defines them.
SPLIT_SOURCES = {
    "customerio.models": GENERATED / "models.py",
    "_customerio_gen.webhook_events": GENERATED / "webhook_events.py",
}
# Extra mkdocstrings options per split object. A model's fields are listed by its docstring's
# Attributes section; one heading per field (and per `to_dict`/`from_dict`, the same on every
# model) would make the pages several times larger.
SPLIT_OPTIONS = {
    "customerio.models": ['      filters: ["!^_", "!^[a-z]"]'],
    "_customerio_gen.webhook_events": [],
}
_MEMBERS_OF = re.compile(
    r"^<!-- members of (?P<path>[\w.]+)(?: api=(?P<api>\w+))?(?: letters=(?P<first>[A-Z][a-z]?)-(?P<last>[A-Z][a-z]?))? -->$",
    re.MULTILINE,
)


# The clients split by API tag: the generated operations class that holds their methods.
CLIENT_SOURCES = {
    "customerio.APIClient": (GENERATED / "app" / "client.py", "AppOperations"),
    "customerio.AsyncAPIClient": (GENERATED / "app" / "client.py", "AsyncAppOperations"),
}
_METHODS_OF = re.compile(r"^<!-- methods of (?P<path>[\w.]+) tags=(?P<tags>[\w,]+) -->$", re.MULTILINE)


def methods_by_tag(path: str) -> dict[str, list[str]]:
    """The public methods of a client's generated operations, by the API tag each one calls."""
    source, class_name = CLIENT_SOURCES[path]
    tree = ast.parse(source.read_text(encoding="utf-8"))
    (cls,) = (node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == class_name)
    tags: dict[str, list[str]] = {}
    for node in cls.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
            modules = [
                imported.module
                for imported in ast.walk(node)
                if isinstance(imported, ast.ImportFrom) and (imported.module or "").startswith("api.")
            ]
            tag = str(modules[0]).split(".")[1] if modules else ""
            tags.setdefault(tag, []).append(node.name)
    return tags


def expand_method_groups(markdown: str) -> str:
    def blocks(match: re.Match[str]) -> str:
        path, tags = match.group("path"), match.group("tags").split(",")
        by_tag = methods_by_tag(path)
        unknown = [tag for tag in tags if tag not in by_tag]
        if unknown:
            raise ValueError(f"{path} has no methods tagged {unknown}")
        methods = [name for tag in tags for name in by_tag[tag]]
        return "\n\n".join(f"::: {path}.{name}\n    options:\n      heading_level: 3" for name in methods)

    return _METHODS_OF.sub(blocks, markdown)


def public_names(path: str) -> dict[str, str]:
    """Every public name the object at `path` renders, with the API it comes from (`app`, `track`,
    `pipelines`; `runtime` for the shared markers; `` for names the module defines itself)."""
    tree = ast.parse(SPLIT_SOURCES[path].read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("_customerio_gen."):
            api = node.module.split(".")[1].lstrip("_")
            names.update((alias.asname or alias.name, api) for alias in node.names)
        elif isinstance(node, ast.ClassDef):
            names[node.name] = ""
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] = ""
    return {name: api for name, api in names.items() if not name.startswith("_")}


def group_members(path: str, api: str | None, first: str | None, last: str | None) -> list[str]:
    """The names of one page of `path`: from `api` (any if None), starting within first..last
    (`C-C`: every name starting with C; `Ca-Cl`: from `Ca…` to `Cl…`)."""

    def within(name: str) -> bool:
        return first is None or last is None or (first <= name[: len(first)] and name[: len(last)] <= last)

    return sorted(
        name for name, source in public_names(path).items() if (api is None or source == api) and within(name)
    )


def expand_member_groups(markdown: str) -> str:
    def block(match: re.Match[str]) -> str:
        path = match.group("path")
        members = group_members(path, match.group("api"), match.group("first"), match.group("last"))
        if not members:
            raise ValueError(f"no members of {path} match {match.group(0)}")
        return "\n".join(
            [
                f"::: {path}",
                "    options:",
                "      show_root_heading: false",
                "      show_root_toc_entry: false",
                "      inherited_members: false",
                "      show_if_no_docstring: true",
                "      members_order: alphabetical",
                "      show_labels: false",
                *SPLIT_OPTIONS[path],
                "      members:",
                *(f"        - {name}" for name in members),
            ]
        )

    return _MEMBERS_OF.sub(block, markdown)


def on_page_markdown(markdown: str, *, page: Any, config: Any, files: Any) -> str:
    repo_url = str(config["repo_url"]).rstrip("/")

    def to_repo(match: re.Match[str]) -> str:
        target = match.group(1)
        kind = "tree" if target in ("", ".") or target.endswith("/") else "blob"
        return f"]({repo_url}/{kind}/main/examples/{target})"

    markdown = expand_method_groups(expand_member_groups(_EXAMPLES_LINK.sub(to_repo, markdown)))
    if page is not None and config.get("nav"):
        markdown = titled_links(markdown, page.file.src_uri, dict(_nav_titles(config["nav"])))
    return markdown
