"""`make generate`: render spec/*.yaml into generated/_customerio_gen.

    python generator/generate.py [--out DIR]

For each API document it checks our conventions (generator/operations.py), asks
openapi-python-client (pinned) to render the models and, with templates/, the operation modules
and the client classes, then renders the shared runtime and the webhook event models
(datamodel-code-generator), and formats everything with ruff. Any generator warning fails the
run, and two runs give byte-identical trees.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.strings import ClassName
from openapi_spec_validator import validate

sys.path.insert(0, str(Path(__file__).resolve().parent))

import request_types
import webhook_models
from lenient import lenient
from operations import Operation, SpecError, TypeMapper, compile_spec
from servers import SERVER_BASES

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec"
TEMPLATES = ROOT / "templates"
PACKAGE = "_customerio_gen"

# api name -> (class prefix, title)
APIS = {
    "track": ("Track", "Customer.io Track API"),
    "app": ("App", "Customer.io App API"),
    "pipelines": ("Pipelines", "Customer.io Pipelines API"),
}


class GenerationFailed(Exception):
    pass


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise GenerationFailed(f"{path}: not a YAML mapping")
    return data


def _qualifier(models: dict[str, str], params: request_types.ParamModule) -> Any:
    """`Customer | None` -> `models.Customer | None`, `TrackEventParam` -> `params.TrackEventParam`:
    the client annotates through lazy modules, so `typing.get_type_hints()` resolves without
    importing every model (or TypedDict) with the client."""
    prefixes = {name: "models" for name in models} | {name: "params" for name in params.names}
    if not prefixes:
        return lambda text: text
    pattern = re.compile(r"(?<![.\w])(" + "|".join(sorted(map(re.escape, prefixes), key=len, reverse=True)) + r")\b")
    return lambda text: pattern.sub(lambda m: f"{prefixes[m[1]]}.{m[1]}", text)


def _render_api(
    api: str, out: Path, spec_dir: Path, index: dict[str, tuple[str, str]], params: dict[str, request_types.ParamModule]
) -> list[Operation]:
    prefix, title = APIS[api]
    source = spec_dir / f"{api}.yaml"
    spec = _load(source)
    validate(spec)  # type: ignore[arg-type]
    config = Config.from_sources(
        ConfigFile(literal_enums=True, use_path_prefixes_for_title_model_names=False, post_hooks=[]),
        MetaType.NONE,
        source,
        "utf-8",
        True,
        out / api,
    )
    # models are rendered from the lenient copy: a response never fails to parse (lenient.py)
    data = GeneratorData.from_dict(lenient(spec), config=config)
    if isinstance(data, GeneratorError):
        raise GenerationFailed(f"{api}: {data.header}: {data.detail}")
    models = {str(m.class_info.name): str(m.class_info.module_name) for m in data.models}
    for item in [*data.models, *data.enums]:
        # the same name in two documents is the same shared enum (IdentifierType): first wins
        index.setdefault(str(item.class_info.name), (api, str(item.class_info.module_name)))
    types = TypeMapper(spec, lambda name: str(ClassName(name, config.field_prefix)), models)
    try:
        annotated, params[api] = request_types.annotate(spec, api)
        operations = compile_spec(annotated, types)
    except request_types.RequestTypeError as error:
        raise GenerationFailed(f"spec/{api}.yaml: {error}") from error
    except SpecError as error:
        raise GenerationFailed(f"spec/{api}.yaml: {error}") from error

    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    imports = sorted({imp for op in operations for imp in op.model_imports + op.item_imports + op.input_imports})
    project.env.globals["cio"] = {
        "api": api,
        "prefix": prefix,
        "title": title,
        "operations": operations,
        "by_name": {op.name: op for op in operations},
        "all_model_imports": imports,
        "params_of": lambda op: request_types.used_names(op.signature, params[api]),
        "qualify": _qualifier(models, params[api]),
    }
    problems = [e for e in project.build() if e]
    # the parser's own findings (unparsed schemas, skipped endpoints) are failures too
    if problems:
        detail = "\n".join(f"{p.level.value}: {p.header}: {p.detail}" for p in problems)
        raise GenerationFailed(f"spec/{api}.yaml: openapi-python-client reported:\n{detail}")
    return operations


def _render_package_files(
    out: Path,
    operations: dict[str, list[Operation]],
    index: dict[str, tuple[str, str]],
    params: dict[str, request_types.ParamModule],
) -> None:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), keep_trailing_newline=True, undefined=StrictUndefined)
    (out / "params").mkdir()
    names = [name for module in params.values() for name in module.names]
    clashes = sorted({name for name in names if names.count(name) > 1})
    if clashes:
        raise GenerationFailed(f"request TypedDicts named alike in two documents: {', '.join(clashes)}")
    for api, module in params.items():
        (out / "params" / f"{api}.py").write_text(request_types.render(env, module, APIS[api][1]), encoding="utf-8")
    (out / "params" / "__init__.py").write_text(
        '"""Request TypedDicts, one module per API (`all` gathers them). Rendered by `make generate`."""\n',
        encoding="utf-8",
    )
    (out / "params" / "all.py").write_text(
        env.get_template("params_all.py.jinja").render(params=params), encoding="utf-8"
    )
    (out / "__init__.py").write_text(
        env.get_template("generated_init.py.jinja").render(operations=operations, server_bases=SERVER_BASES),
        encoding="utf-8",
    )
    (out / "_runtime.py").write_text(env.get_template("runtime.py.jinja").render(), encoding="utf-8")
    (out / "models.py").write_text(
        env.get_template("models_index.py.jinja").render(index=sorted(index.items())), encoding="utf-8"
    )
    (out / "py.typed").write_text("", encoding="utf-8")


def _ruff(*args: str, cwd: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--no-cache"], cwd=cwd, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise GenerationFailed(f"ruff {' '.join(args)} failed:\n{result.stdout}{result.stderr}")


def generate(destination: Path, apis: tuple[str, ...] = tuple(APIS), spec_dir: Path = SPEC) -> None:
    """Render everything into `destination/_customerio_gen`, replacing what was there."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / PACKAGE
        out.mkdir()
        index: dict[str, tuple[str, str]] = {}
        params: dict[str, request_types.ParamModule] = {}
        operations = {api: _render_api(api, out, spec_dir, index, params) for api in apis}
        _render_package_files(out, operations, index, params)
        webhook_models.render(spec_dir / "webhooks.yaml", out / "webhook_events.py")
        config = str(ROOT / "pyproject.toml")
        _ruff("check", "--config", config, "--fix-only", "--select", "I,F401,UP", "--exit-zero", ".", cwd=out)
        _ruff("format", "--config", config, ".", cwd=out)
        target = destination / PACKAGE
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(out, target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="where _customerio_gen/ is written")
    parser.add_argument("--api", action="append", choices=list(APIS), help="only these APIs (development aid)")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the folder holding the API documents")
    args = parser.parse_args()
    try:
        generate(args.out, tuple(args.api or APIS), args.spec)
    except GenerationFailed as error:
        print(f"generate: {error}", file=sys.stderr)
        return 1
    print(f"generate: wrote {args.out / PACKAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
