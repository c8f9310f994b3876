"""Bulk imports: a CSV or NDJSON file into Track or Pipelines, with progress, rejects and resume.

    from customerio.bulk import import_file

    result = import_file("people.csv", api="track", id_column="user_id", email_column="email",
                         checkpoint="people.checkpoint", rejects="people.rejects.ndjson")
    assert result.ok, f"{result.rejected} rows were not accepted"

The same from a shell: `python -m customerio import people.csv --api track --id-column user_id …`
(docs/bulk-import.md).
"""

from __future__ import annotations

from ._importer import ImportResult, import_file

__all__ = ["ImportResult", "import_file"]
