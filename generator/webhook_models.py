"""Render spec/webhooks.yaml into one module of standard-library dataclasses.

    python generator/webhook_models.py [SPEC] [OUT]

datamodel-code-generator (pinned) writes the classes: `dataclasses.dataclass(kw_only=True)`,
`Literal` for `const`/`enum`, field descriptions as docstrings, no pydantic. A `required` property
is a field without a default and never `None`; an optional one with a `default` takes that default
without becoming Optional (`strict_nullable`); a top-level `anyOf` of `$ref`s, such as
`AnyReportingWebhookEvent`, becomes a `TypeAlias` union. The module is then
import-sorted and formatted with ruff under the project's configuration, so two runs give the same
bytes. Any warning the tool emits fails the run.
"""

from __future__ import annotations

import re
import subprocess
import sys
import warnings
from pathlib import Path

from datamodel_code_generator import LiteralType, PythonVersion, generate
from datamodel_code_generator.enums import DataModelType, InputFileType

ROOT = Path(__file__).resolve().parent.parent
_FORBIDDEN_IMPORT = re.compile(r"^\s*(?:from|import)\s+(?:pydantic|customerio)\b", re.MULTILINE)
HEADER = "# Code generated from spec/webhooks.yaml by generator/webhook_models.py; never edited by hand."


class WebhookModelsError(RuntimeError):
    """datamodel-code-generator warned or failed, or ruff could not format its output."""


def _ruff(args: list[str], code: str) -> str:
    config = ROOT / "pyproject.toml"
    options = ["--config", str(config)] if config.is_file() else ["--line-length", "120", "--target-version", "py311"]
    command = [sys.executable, "-m", "ruff", *args, *options, "-"]
    result = subprocess.run(command, input=code, capture_output=True, text=True, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise WebhookModelsError(f"ruff {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def render(spec: Path, out: Path) -> None:
    """Write the dataclasses for every schema of `spec` to `out`."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            code = generate(
                spec,
                input_file_type=InputFileType.OpenAPI,
                output_model_type=DataModelType.DataclassesDataclass,
                target_python_version=PythonVersion.PY_311,
                custom_file_header=HEADER,
                disable_timestamp=True,
                enable_version_header=False,
                keyword_only=True,
                enum_field_as_literal=LiteralType.All,
                use_one_literal_as_default=True,
                use_standard_collections=True,
                use_union_operator=True,
                use_schema_description=True,
                use_field_description=True,
                use_double_quotes=True,
                strict_nullable=True,
                formatters=[],
            )
        except Exception as error:  # the tool raises many kinds; report them all the same way
            raise WebhookModelsError(f"datamodel-code-generator failed on {spec}: {error}") from error
    if caught:
        detail = "\n".join(f"{w.category.__name__}: {w.message}" for w in caught)
        raise WebhookModelsError(f"datamodel-code-generator warned on {spec}:\n{detail}")
    if not isinstance(code, str):
        raise WebhookModelsError(f"datamodel-code-generator returned {type(code).__name__}, expected one module")
    if _FORBIDDEN_IMPORT.search(code):
        raise WebhookModelsError("generated webhook models must import neither pydantic nor customerio")
    code = _ruff(["check", "--fix-only", "--select", "I,F401,UP", "--exit-zero"], code)
    code = _ruff(["format"], code)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(code, encoding="utf-8")


def main(argv: list[str]) -> int:
    spec = Path(argv[0]) if argv else ROOT / "spec" / "webhooks.yaml"
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "generated" / "_customerio_gen" / "webhook_events.py"
    try:
        render(spec, out)
    except WebhookModelsError as error:
        print(f"webhook_models: {error}", file=sys.stderr)
        return 1
    print(f"webhook_models: wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
