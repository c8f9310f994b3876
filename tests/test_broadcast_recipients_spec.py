"""spec/app.yaml's `BroadcastRecipients` says what `trigger_broadcast` does with its `recipients`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from customerio import _overrides

SPEC = Path(__file__).resolve().parent.parent / "spec" / "app.yaml"


@pytest.fixture(scope="module")
def schemas() -> dict[str, Any]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found: dict[str, Any] = document["components"]["schemas"]
    return found


def _branches(schemas: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The people-list alternatives of BroadcastRecipients, by the field each requires."""
    found: dict[str, dict[str, Any]] = {}
    for option in schemas["BroadcastRecipients"]["anyOf"]:
        name = option["$ref"].rsplit("/", 1)[1]
        if name == "AudienceFilter":
            continue
        branch = schemas[name]
        (field,) = branch["required"]
        found[field] = branch
    return found


def test_every_lifted_recipient_field_is_a_branch_with_exactly_the_keys_sent(schemas: dict[str, Any]) -> None:
    branches = _branches(schemas)
    assert set(branches) == {field for field, _ in _overrides._RECIPIENT_FIELDS}
    for field, keys in _overrides._RECIPIENT_FIELDS:
        assert list(branches[field]["properties"]) == list(keys), field


def test_an_audience_filter_is_the_other_alternative_and_the_body_names_it_recipients(schemas: dict[str, Any]) -> None:
    refs = [option["$ref"] for option in schemas["BroadcastRecipients"]["anyOf"]]
    assert "#/components/schemas/AudienceFilter" in refs
    body = schemas["TriggerBroadcastRequest"]
    assert body["properties"]["recipients"] == {"$ref": "#/components/schemas/AudienceFilter"}
    lifted = {key for _, keys in _overrides._RECIPIENT_FIELDS for key in keys}
    assert lifted | {"data", "recipients"} == set(body["properties"])


def test_the_body_takes_one_audience_at_most_by_its_alternatives(schemas: dict[str, Any]) -> None:
    (choice,) = schemas["TriggerBroadcastRequest"]["allOf"]
    required = [schemas[option["$ref"].rsplit("/", 1)[1]].get("required", []) for option in choice["anyOf"]]
    assert sorted(map(tuple, required)) == [
        (),
        ("data_file_url",),
        ("emails",),
        ("ids",),
        ("per_user_data",),
        ("recipients",),
    ]
