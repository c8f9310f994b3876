# customerio SDK — every target creates .venv and installs what it needs on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PY := $(BIN)/python

.PHONY: install generate check-generated lint test test-matrix bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

generate: $(STAMP)
	$(PY) generator/generate.py

check-generated: $(STAMP)
	@tmp=$$(mktemp -d); \
	$(PY) generator/generate.py --out $$tmp >/dev/null || exit 1; \
	if diff -r -q generated/_customerio_gen $$tmp/_customerio_gen -x __pycache__; then \
		echo "check-generated: generated/ matches spec/ and templates/"; rm -rf $$tmp; \
	else \
		echo "check-generated: generated/ is stale; run 'make generate' and commit"; rm -rf $$tmp; exit 1; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src generated tests examples generator
	$(BIN)/ruff format --check src generated tests examples generator
	$(BIN)/mypy --strict src/customerio generated/_customerio_gen tests examples

test: $(STAMP)
	$(BIN)/pytest -q

# Benchmarks (docs/performance.md): bench extras in .venv, the official package in its own venv.
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	test -x bench/.venv-official/bin/python || $(PYTHON) -m venv bench/.venv-official
	bench/.venv-official/bin/pip install --quiet -r bench/requirements-official.txt
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache dist build
