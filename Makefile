# Habar's everyday commands. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.DEFAULT_GOAL := help

$(BIN)/habar: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[test]"
	touch $(BIN)/habar

install: $(BIN)/habar ## Create the virtualenv and install Habar with its pinned dependencies

run: $(BIN)/habar ## Set up everything, build the demo network and serve it on http://127.0.0.1:8000/
	$(BIN)/habar migrate --noinput -v0
	$(BIN)/habar collectstatic --noinput -v0
	$(BIN)/habar demo --port $(PORT)
	$(BIN)/habar serve --port $(PORT)

test: $(BIN)/habar ## Run the whole test suite: lint gates, then SQLite, then PostgreSQL + Redis
	scripts/test

bench: $(BIN)/habar ## Load-test Habar (PostgreSQL + Redis) against nginx serving the same article
	$(BIN)/python scripts/bench.py

lint: $(BIN)/habar ## Check code, templates, migrations and translation catalogues
	scripts/test --lint-only

format: $(BIN)/habar ## Format Python and templates
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	find habar/templates -name '*.html' -print0 | xargs -0 $(BIN)/djhtml

messages: $(BIN)/habar ## Update every language's catalogue (locale/*), compile them and admin-locale/'s
	$(BIN)/habar makemessages --no-obsolete --no-location $(foreach l,$(notdir $(wildcard locale/*)),-l $(l)) --ignore '.venv/*' --ignore 'var/*' --ignore 'node_modules/*' --ignore '*/tests/fixtures/*'
	$(BIN)/habar compilemessages --ignore '.venv/*' -v0

audit: $(BIN)/habar ## Check the pinned dependencies for known vulnerabilities (needs the network)
	$(BIN)/python -m pip install --quiet pip-audit==2.10.1
	$(BIN)/pip-audit --requirement requirements.lock --no-deps --disable-pip

help: ## Show this help
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

.PHONY: install run test bench lint format messages audit help
