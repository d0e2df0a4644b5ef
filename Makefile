# Two commands on a fresh machine: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint coverage bench clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "roleplay needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the project's metadata changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,fit]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/roleplay --offline

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

# -n auto: one worker per core (pytest-xdist); each test has a timeout (pytest-timeout, pyproject).
test: $(STAMP) lint
	$(BIN)/python -m pytest -n auto

# The same suite with line and branch coverage (slower: every line is traced).
coverage: $(STAMP)
	$(BIN)/python -m pytest -n auto --cov=roleplay --cov-branch --cov-report=term:skip-covered

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .coverage htmlcov dist build
