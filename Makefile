# The two commands of the README: `make demo` and `make test`. Everything else they need
# (virtualenv, Python packages, Debian's chromium for browser tests) they install themselves.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# Every installed version is pinned here (pip constraints); `make lock` upgrades them.
CONSTRAINTS ?= constraints.txt
LOCK_VENV := .venv-lock
DB ?= data/ktpulse.duckdb
PORT ?= 8501

.PHONY: demo test install lock browser lint clean

$(INSTALLED): pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade -c $(CONSTRAINTS) pip setuptools
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[dev]'
	touch $(INSTALLED)

install: $(INSTALLED)

# Re-pin: the newest releases pyproject.toml allows, resolved in a fresh venv so no old pin
# survives, written to constraints.txt. Then `make test` and commit constraints.txt.
lock:
	rm -rf $(LOCK_VENV)
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --upgrade pip setuptools
	$(LOCK_VENV)/bin/python -m pip install --quiet -e '.[dev,bench]'
	{ echo "# Pinned versions of everything ktpulse installs (pip constraints: \`pip install -c constraints.txt ...\`)."; \
	  echo "# Used by \`make install\` (and so by \`make test\` and CI). Upgrade with \`make lock\` (docs/operations.md)."; \
	  $(LOCK_VENV)/bin/python -m pip freeze --all --exclude-editable; } > $(CONSTRAINTS).new
	mv $(CONSTRAINTS).new $(CONSTRAINTS)
	rm -rf $(LOCK_VENV)

# Debian's chromium: the browser for end-to-end tests and for kaleido's image export.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# ETL on the bundled sample, then the dashboard. Exit code 1 from refresh only means some
# input was rejected (the rest is ingested), so it does not stop the demo. The sample was
# captured on 3 February 2025 (its newest stamp is 17:36 that day): without --observed-at its
# capture time would be the clone's file time, and views per day would be off by years.
SAMPLE_OBSERVED_AT ?= 2025-02-03T18:00
demo: $(INSTALLED) browser
	$(BIN)/ktpulse refresh data/ --db $(DB) --observed-at $(SAMPLE_OBSERVED_AT) || [ $$? -eq 1 ]
	$(BIN)/ktpulse tables list --db $(DB)
	$(BIN)/ktpulse dashboard --db $(DB) --port $(PORT)

test: $(INSTALLED) browser
	$(BIN)/python -m pytest

# Style and types; CI runs it before the tests (.ci/run).
lint: $(INSTALLED)
	$(BIN)/ruff check etl dashboard tests bench docs
	$(BIN)/ruff format --check etl dashboard tests bench docs
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(LOCK_VENV) $(DB) $(DB).wal .pytest_cache
