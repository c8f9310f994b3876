"""Input objects are accepted as generated models as well as plain mappings (contract: Names)."""

from __future__ import annotations

import json

import httpx
import pytest

from customerio import APIClient, MissingParamError
from customerio.models import SegmentInput, SnippetInput


def _client(seen: list[httpx.Request]) -> APIClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    return APIClient("appkey", http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def test_a_model_and_a_mapping_put_the_same_request_on_the_wire() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen)
    client.update_snippet(SnippetInput(name="footer", value="<p>bye</p>"))
    client.update_snippet({"name": "footer", "value": "<p>bye</p>"})
    assert seen[0].content == seen[1].content == b'{"name":"footer","value":"<p>bye</p>"}'
    assert seen[0].url == seen[1].url


def test_unknown_fields_of_a_model_are_sent_too() -> None:
    seen: list[httpx.Request] = []
    segment = SegmentInput(name="VIPs")
    segment.additional_properties["tags"] = ["a"]
    _client(seen).create_segment(segment)
    assert json.loads(seen[0].content) == {"segment": {"name": "VIPs", "tags": ["a"]}}


def test_a_model_missing_a_checked_field_is_refused_before_any_request() -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(MissingParamError, match=r"^snippet.value is required$"):
        _client(seen).update_snippet(SnippetInput(name="footer", value=""))
    assert seen == []


def test_one_unset_marker_serves_every_api() -> None:
    from customerio.models import UNSET, Segment, TrackAccountRegion, Unset

    assert TrackAccountRegion.from_dict({}).url is UNSET
    assert isinstance(Segment.from_dict({}).name, Unset)
    assert not UNSET
