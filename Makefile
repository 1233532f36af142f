# The two commands of the README's quick start: `make editions` and `make test`.
# Both create .venv with the Python 3.11 found on PATH and install what they need.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: editions test bench venv clean

$(VENV)/.base-installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -e .
	$(BIN)/python -m compileall -q src
	touch $@

$(VENV)/.test-installed: $(VENV)/.base-installed
	$(PIP) install -e '.[test]'
	touch $@

venv: $(VENV)/.base-installed

editions: $(VENV)/.base-installed
	$(BIN)/khojaly-i18n extract
	$(BIN)/khojaly-i18n update
	$(BIN)/khojaly-i18n build --format html,epub

test: $(VENV)/.test-installed
	$(BIN)/python -m pytest

bench: $(VENV)/.base-installed
	$(PIP) install -e '.[test,bench]'
	$(BIN)/python bench/run_all.py

clean:
	rm -rf build
