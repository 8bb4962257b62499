# The two commands of the README: `make demo` and `make test`. Everything else they need
# (virtualenv, Python packages, Debian's chromium for browser tests) they install themselves.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
DB ?= data/ktpulse.duckdb
PORT ?= 8501

.PHONY: demo test install browser lint clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(INSTALLED)

install: $(INSTALLED)

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
demo: $(INSTALLED)
	$(BIN)/ktpulse refresh data/ --db $(DB) --observed-at $(SAMPLE_OBSERVED_AT) || [ $$? -eq 1 ]
	$(BIN)/ktpulse tables list --db $(DB)
	$(BIN)/ktpulse dashboard --db $(DB) --port $(PORT)

test: $(INSTALLED) browser
	$(BIN)/python -m pytest

lint: $(INSTALLED)
	$(BIN)/ruff check etl dashboard tests bench
	$(BIN)/ruff format --check etl dashboard tests bench

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache
