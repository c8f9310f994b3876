"""spec/ is standard OpenAPI: a generic tool finds each request's operation from server + path.

openapi-core reads the documents as any OpenAPI tool would (no `x-cio-*`), and must resolve every
example request of the node catalogue (the URLs the golden tests check the clients send, and the
same requests in the EU region) to exactly one operation: the one that node method calls.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_spec_validator import validate

from customerio import RegionEU, RegionUS
from customerio._config import api_roots, track_roots

from conftest import catalogue

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator"))

from servers import SERVER_BASES  # noqa: E402

APIS = ("track", "app", "pipelines")
DOCUMENTS = (*APIS, "webhooks")
# node methods that send through another method's operation
SHARED_OPERATION = {"track_page_view": "track"}
EU_HOSTS = {
    "https://track.customer.io": "https://track-eu.customer.io",
    "https://api.customer.io": "https://api-eu.customer.io",
    "https://cdp.customer.io": "https://cdp-eu.customer.io",
}


@cache
def _document(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "spec" / f"{name}.yaml").read_text(encoding="utf-8"))
    return data


@cache
def _openapi(api: str) -> OpenAPI:
    return OpenAPI.from_dict(_document(api))


def _deref(api: str, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = _document(api)
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _examples() -> Iterator[tuple[str, str, str]]:
    for method in catalogue()["methods"]:
        if method["client"] == "module":
            continue  # verify_request_signature sends nothing
        for example in method.get("examples", []):
            yield method["python_name"], example["http_method"], example["url"]


EXAMPLES = list(_examples())


def _resolve(method: str, url: str) -> list[tuple[str, str, str]]:
    """Every (api, operationId, path template) whose server + path template match, best rank only."""
    parts = urlsplit(url)
    full = f"{parts.scheme}://{parts.netloc}{parts.path}"
    found: list[tuple[int, str, str, str]] = []
    for api in APIS:
        spec = _openapi(api).spec
        finder = APICallPathFinder(spec)
        paths = finder.paths_iterator(full, spec)
        operations = finder.operations_iterator(method.lower(), paths, spec)
        for match in finder.servers_iterator(full, operations, spec):
            template = match.path_result.pattern
            # OpenAPI: a concrete path wins over a templated one, fewer variables over more
            rank = len(match.path_result.variables)
            found.append((rank, api, str(match.operation["operationId"]), template))
    if not found:
        return []
    best = min(rank for rank, *_ in found)
    return sorted({(api, name, template) for rank, api, name, template in found if rank == best})


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_spec_document_is_valid_openapi(name: str) -> None:
    validate(_document(name))


def test_no_url_lives_in_a_vendor_extension() -> None:
    for api in APIS:
        text = (ROOT / "spec" / f"{api}.yaml").read_text(encoding="utf-8")
        assert "x-cio-base" not in text


def test_the_catalogue_has_examples_to_resolve() -> None:
    assert len(EXAMPLES) > 250
    assert {urlsplit(url).netloc for _, _, url in EXAMPLES} == {
        "track.customer.io",
        "api.customer.io",
        "cdp.customer.io",
    }


@pytest.mark.parametrize(("python_name", "method", "url"), EXAMPLES, ids=[f"{n}:{u}" for n, _, u in EXAMPLES])
def test_each_example_request_resolves_to_its_operation(python_name: str, method: str, url: str) -> None:
    expected = SHARED_OPERATION.get(python_name, python_name)
    matches = _resolve(method, url)
    assert [name for _, name, _ in matches] == [expected], f"{method} {url} resolved to {matches}"
    api, _, template = matches[0]
    operation = _document(api)["paths"][template][method.lower()]
    params = [
        _deref(api, p)
        for p in [*_document(api)["paths"][template].get("parameters", []), *operation.get("parameters", [])]
    ]
    declared = {p["name"] for p in params if p.get("in") == "query"}
    sent = {key for key, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)}
    assert sent <= declared, f"{python_name} sends query parameters the spec does not declare: {sent - declared}"


@pytest.mark.parametrize(("python_name", "method", "url"), EXAMPLES, ids=[f"{n}:{u}" for n, _, u in EXAMPLES])
def test_the_same_request_in_the_eu_region_resolves_too(python_name: str, method: str, url: str) -> None:
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    eu = EU_HOSTS[origin] + url[len(origin) :]
    assert [name for _, name, _ in _resolve(method, eu)] == [SHARED_OPERATION.get(python_name, python_name)]


def test_unknown_hosts_and_wrong_roots_resolve_to_nothing() -> None:
    assert _resolve("POST", "https://example.com/api/v1/customers/1/events") == []
    # batch is a v2 call: under the v1 root it is no operation of the Track document
    assert _resolve("POST", "https://track.customer.io/api/v1/batch") == []
    assert _resolve("POST", "https://track.customer.io/api/v1/unsubscribe/abc") == []


@pytest.mark.parametrize("region", [RegionUS, RegionEU], ids=["us", "eu"])
def test_each_server_names_the_root_the_clients_send_it_under(region: Any) -> None:
    roots = {**track_roots(region, None), **api_roots(region, None), "pipelines": region.pipelines_url}
    index = 0 if region is RegionUS else 1
    declared: dict[str, set[str]] = {}
    for api in APIS:
        document = _document(api)
        owners = [document] + [op for item in document["paths"].values() for op in item.values()]
        for owner in owners:
            if isinstance(owner, dict) and owner.get("servers"):
                url = owner["servers"][index]["url"]
                declared.setdefault(SERVER_BASES[url], set()).add(url)
    assert declared == {base: {url} for base, url in roots.items()}


def _declared() -> Iterator[tuple[str, str, str, str, list[str]]]:
    """(api, operationId, method, path template, server URLs) of every spec operation."""
    for api in APIS:
        document = _document(api)
        for template, item in document["paths"].items():
            for method, op in item.items():
                if isinstance(op, dict) and "operationId" in op:
                    servers = op.get("servers") or item.get("servers") or document["servers"]
                    yield api, op["operationId"], method, template, [server["url"] for server in servers]


DECLARED = list(_declared())


@pytest.mark.parametrize(("api", "name", "method", "template", "servers"), DECLARED, ids=[d[1] for d in DECLARED])
def test_each_operation_resolves_from_its_own_servers(
    api: str, name: str, method: str, template: str, servers: list[str]
) -> None:
    # a placeholder filled with a value no literal path segment has
    path = re.sub(r"{[^}]+}", "x-1", template)
    for server in servers:
        assert _resolve(method, server + path) == [(api, name, template)], f"{server}{path}"
