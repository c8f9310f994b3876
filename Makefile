# customerio SDK — every target creates .venv and installs what it needs on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PY := $(BIN)/python

.PHONY: install generate check-generated lint test test-matrix bench demo docs dist-check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e . --group dev
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

# spec/ against Customer.io's published OpenAPI documents (generator/spec_drift.py): every difference
# not explained in spec/drift-allowlist.yaml fails. OFFICIAL_DIR (default ../shared/reference/official
# beside the repository or its main checkout) points at a freshly downloaded set.
.PHONY: spec-drift
spec-drift: $(STAMP)
	$(PY) generator/spec_drift.py

lint: $(STAMP)
	$(BIN)/ruff check src generated tests examples generator
	$(BIN)/ruff format --check src generated tests examples generator
	$(BIN)/mypy --strict src/customerio generated/_customerio_gen tests examples

test: $(STAMP)
	$(BIN)/pytest -q

# The suite under every supported CPython found under pyenv, each in its own .venv-X.Y with the dev
# group (async tests run under asyncio and trio). A version not installed is skipped with a message;
# none at all is a failure. `make test-matrix MATRIX_PYTHONS="3.12"` narrows it.
MATRIX_PYTHONS ?= 3.11 3.12 3.13
PYENV_VERSIONS ?= $(or $(PYENV_ROOT),$(HOME)/.pyenv)/versions

test-matrix:
	@ran=0; failed=""; summary=""; \
	for v in $(MATRIX_PYTHONS); do \
		py=$$(ls -d $(PYENV_VERSIONS)/$$v.*/bin/python 2>/dev/null | sort -V | tail -n 1); \
		if [ -z "$$py" ]; then \
			echo "test-matrix: CPython $$v is not installed ($(PYENV_VERSIONS)/$$v.*/bin/python); skipped"; \
			summary="$$summary\n  $$v: not installed, skipped"; continue; \
		fi; \
		venv=.venv-$$v; start=$$(date +%s); setup=""; \
		echo "test-matrix: CPython $$v ($$py) in $$venv"; \
		if [ ! -f $$venv/.installed ] || [ pyproject.toml -nt $$venv/.installed ] \
			|| [ "$$(cat $$venv/.installed)" != "$$py" ]; then \
			rm -rf $$venv && "$$py" -m venv $$venv \
			&& $$venv/bin/pip install --quiet --upgrade pip \
			&& $$venv/bin/pip install --quiet -e . --group dev \
			&& echo "$$py" > $$venv/.installed \
			|| { failed="$$failed $$v"; summary="$$summary\n  $$v: install failed"; continue; }; \
			setup=" after a $$(( $$(date +%s) - start )) s install"; start=$$(date +%s); \
		fi; \
		ran=$$((ran + 1)); \
		if $$venv/bin/python -m pytest -q; then result=passed; else result=FAILED; failed="$$failed $$v"; fi; \
		summary="$$summary\n  $$v: $$result in $$(( $$(date +%s) - start )) s$$setup ($$($$venv/bin/python -V))"; \
	done; \
	printf "test-matrix:$$summary\n"; \
	if [ $$ran -eq 0 ]; then echo "test-matrix: no supported CPython ($(MATRIX_PYTHONS)) found under $(PYENV_VERSIONS)"; exit 1; fi; \
	if [ -n "$$failed" ]; then echo "test-matrix: failed on$$failed"; exit 1; fi

# The examples against the fake Customer.io (`python -m customerio.testing serve`), with a report of
# what it received. Its own venv holds only the package and the `testing` extra the fake uses.
# Against the real API instead: README, "Try it".
DEMO_VENV := .venv-demo
DEMO_STAMP := $(DEMO_VENV)/.installed
$(DEMO_STAMP): pyproject.toml
	$(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/pip install --quiet --upgrade pip
	$(DEMO_VENV)/bin/pip install --quiet -e '.[testing]'
	touch $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(DEMO_VENV)/bin/python examples/demo.py

# Benchmarks (docs/performance.md): bench extras in .venv, the official package in its own venv.
bench: $(STAMP)
	$(BIN)/pip install --quiet -e . --group dev --group bench
	test -x bench/.venv-official/bin/python || $(PYTHON) -m venv bench/.venv-official
	bench/.venv-official/bin/pip install --quiet -r bench/requirements-official.txt
	$(PY) bench/run.py

# API reference (mkdocs.yml, docs/reference/): mkdocs-material + mkdocstrings into site/; any warning fails.
# Then tests/docs_check.py: page sizes, internal links, signatures, and headless Chromium (Debian's
# `chromium`; screenshots in site/_screenshots/). DOCS_BROWSER_CHECK=0 skips only the browser part.
DOCS_STAMP := $(VENV)/.installed-docs
$(DOCS_STAMP): $(STAMP) pyproject.toml
	$(BIN)/pip install --quiet -e . --group dev --group docs
	touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --clean --site-dir site
	$(PY) tests/docs_check.py site

# Build sdist + wheel, install each (not editable) in a clean venv, smoke-test outside the tree (tests/dist_check.py).
DIST_STAMP := $(VENV)/.installed-dist
$(DIST_STAMP): $(STAMP) pyproject.toml
	$(BIN)/pip install --quiet -e . --group dev --group dist
	touch $(DIST_STAMP)

dist-check: $(DIST_STAMP)
	$(PY) tests/dist_check.py

clean:
	rm -rf $(VENV) $(DEMO_VENV) .venv-3.* .mypy_cache .ruff_cache .pytest_cache dist build site
