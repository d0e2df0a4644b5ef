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

# One pytest-xdist worker per core, plus one: about a fifth of the suite's time is tests waiting
# (loopback servers, deadlines, Textual settling), which the spare worker fills. With one of two
# cores held busy the suite took 152 s this way against 169 s with one worker per core.
# Each test has a timeout (pytest-timeout, pyproject).
TEST_WORKERS ?= $(shell $(PYTHON) -c 'import os; print((os.cpu_count() or 1) + 1)')
# Bytecode caches are written even where PYTHONDONTWRITEBYTECODE is set (as on some CI images):
# without them every xdist worker and every CLI process a test starts compiles the project again
# and pytest rewrites every test module again, about a tenth of the suite's CPU.
test: $(STAMP) lint
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n $(TEST_WORKERS)

# The same suite with line and branch coverage (slower: every line is traced).
coverage: $(STAMP)
	$(BIN)/python -m pytest -n auto --cov=roleplay --cov-branch --cov-report=term:skip-covered

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .coverage htmlcov dist build
