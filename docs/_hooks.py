"""MkDocs hooks for `make docs` (listed in mkdocs.yml; excluded from the site).

The guides link to runnable scripts as `../examples/<name>.py`, which works when reading docs/ in
the repository but points outside the site. In the built site those links go to the file in the
repository instead (`repo_url`/blob/main/examples/<name>.py).
"""

from __future__ import annotations

import re
from typing import Any

_EXAMPLES_LINK = re.compile(r"\]\(\.\./examples/([^)\s]*)\)")


def on_page_markdown(markdown: str, *, page: Any, config: Any, files: Any) -> str:
    repo_url = str(config["repo_url"]).rstrip("/")

    def to_repo(match: re.Match[str]) -> str:
        target = match.group(1)
        kind = "tree" if target in ("", ".") or target.endswith("/") else "blob"
        return f"]({repo_url}/{kind}/main/examples/{target})"

    return _EXAMPLES_LINK.sub(to_repo, markdown)
