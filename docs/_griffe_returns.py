"""Griffe extension for `make docs` (mkdocs.yml): no Returns entry that only repeats its type.

The generated clients' docstrings end in `Returns: <Model>` so that editors show the model's name;
in the reference the type is already there (a link), and the same name again as its description
adds nothing, so such a Returns section is dropped (the signature shows the type, linked); a
Returns entry that says more is left alone.
"""

from __future__ import annotations

from typing import Any

import griffe


def _names(annotation: Any) -> set[str]:
    text = str(annotation)
    return {text, text.rsplit(".", 1)[-1]}


class DropEchoedReturns(griffe.Extension):
    def on_function_instance(self, *, func: griffe.Function, **kwargs: Any) -> None:
        if func.docstring is None or func.docstring.parser is None:
            return
        sections = func.docstring.parsed
        sections[:] = [section for section in sections if not _only_echoes(section)]


def _only_echoes(section: griffe.DocstringSection) -> bool:
    if section.kind is not griffe.DocstringSectionKind.returns:
        return False
    return all(
        item.annotation is not None and item.description.strip() in _names(item.annotation) for item in section.value
    )
