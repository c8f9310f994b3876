"""The checkpoint file: how far an import got, written atomically after each confirmed chunk."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import attrs

from .._errors import InvalidArgumentError


@attrs.frozen
class Checkpoint:
    """`rows_done`: every row up to this number was accepted by Customer.io or written to the rejects file."""

    source: str  # the input file's resolved path
    api: str
    rows_done: int = 0
    accepted: int = 0
    rejected: int = 0

    @classmethod
    def load(cls, path: Path, source: Path, api: str) -> Checkpoint:
        """The saved progress for this input, or a fresh start when `path` does not exist yet."""
        if not path.exists():
            return cls(str(source.resolve()), api)
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
            saved = cls(**{field.name: data[field.name] for field in attrs.fields(cls)})
        except (ValueError, KeyError, TypeError) as error:
            raise InvalidArgumentError(f"{path} is not a checkpoint written by this importer ({error})") from None
        if saved.source != str(source.resolve()) or saved.api != api:
            raise InvalidArgumentError(
                f"{path} belongs to an import of {saved.source} into {saved.api}, not of {source} into {api}; "
                "pass another checkpoint file or delete this one to start over"
            )
        return saved

    def save(self, path: Path) -> None:
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(attrs.asdict(self), indent=2) + "\n", encoding="utf-8")
        # Atomic for a killed process: the old checkpoint or the new one, never half of one. Not
        # fsynced (it is written after every few batches): a power cut may cost the last few writes,
        # which only means those rows are sent again.
        os.replace(temporary, path)
