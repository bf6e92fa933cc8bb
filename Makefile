# `make regenerate` and `make test` work on a fresh clone: both create .venv
# and install what they need first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
NODE_STAMP := node_modules/.installed-$(shell cksum < package-lock.json | cut -d' ' -f1)
GEN := $(PY) -m generator --spec spec/openapi.yaml --out generated --package flashduty --reference api.md --cli-reference cli.md

.PHONY: setup regenerate check lint diff test test-pythons wheel-check bench mock clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	bash .ci/venv $(PYTHON) $(VENV)
	rm -f $(VENV)/.installed-*
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

regenerate: $(STAMP)
	$(GEN) generate

check: $(STAMP)
	$(GEN) check

lint: $(STAMP)
	$(GEN) lint

# What the spec changes do to SDK users: uncommitted changes by default,
# or any base, e.g. `make diff DIFF_BASE=git:origin/main`.
DIFF_BASE ?= git:HEAD
diff: $(STAMP)
	$(PY) -m generator diff $(DIFF_BASE) spec/openapi.yaml

# Tests start hundreds of interpreters and import ~700 generated modules:
# compiled once and kept (outside the tree), even where the shell sets
# PYTHONDONTWRITEBYTECODE (pytest's assertion rewriting is kept the same way).
test test-pythons: export PYTHONDONTWRITEBYTECODE :=
test test-pythons: export PYTHONPYCACHEPREFIX := $(CURDIR)/.cache/pycache

test: $(STAMP) $(NODE_STAMP)
	$(PY) -m black --check --quiet generator tests
	$(PY) -m mypy --strict generator
	$(PY) -m pytest -q -n $(JOBS) --dist loadfile
	$(PY) -m mypy --strict generated/flashduty tests/typecheck examples

# pytest-xdist workers: one more than the cores, since part of the suite's
# wall time is waiting (pacing windows, timeouts, servers and Prism in other
# processes). Measured on 2 cores, runs interleaved: 3 workers 45-49 s, 2
# workers 51-58 s; 4 workers took as long as 3 with more CPU. `make test
# JOBS=0` runs in one process; .ci/pythons takes the same JOBS.
JOBS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))

# The other Pythons pyproject.toml claims (a subset of the suite each; a
# missing interpreter is reported SKIPPED), and the wheel on the oldest and
# newest of them.
OTHER_PYTHONS ?= 3.10 3.12 3.13
test-pythons: $(STAMP) $(NODE_STAMP)
	JOBS=$(JOBS) bash .ci/pythons $(OTHER_PYTHONS)

wheel-check: $(STAMP) $(NODE_STAMP)
	bash .ci/wheel $(PY) 3.10 3.13

# A mock of the API on the bundled spec, in the foreground (Ctrl-C stops it):
# FLASHDUTY_BASE_URL=http://127.0.0.1:4010 python examples/quickstart.py
mock: $(NODE_STAMP)
	node_modules/.bin/prism mock generated/openapi.json -h 127.0.0.1 -p 4010

bench: $(STAMP)
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .venv-3.* .cache node_modules
