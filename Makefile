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


.PHONY: install demo test lint lock clean

# The tested versions, from requirements.lock, with whatever pip the venv has (23.2 and up).
$(STAMP): pyproject.toml constraints.txt requirements.lock
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	touch $@

install: $(STAMP)

demo: install
	mkdir -p out
	$(VENV)/bin/factcheck analyze fixtures/ --workspace $(DEMO_DB) --csv out/claims.csv
	$(VENV)/bin/factcheck tui --workspace $(DEMO_DB)

test: install
	$(PY) -m pytest -q

# ruff (style, complexity) on everything; mypy, configured in pyproject.toml (strict).
lint: install
	$(VENV)/bin/ruff check factcheck tui benchmarks tests
	$(VENV)/bin/mypy

# After changing dependencies in pyproject.toml: pin them all again (pip-tools).
lock: install
	$(PY) -m pip install -q pip-tools
	$(VENV)/bin/pip-compile -q --strip-extras --extra test --extra search --extra scale -c constraints.txt \
	    --no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) out .pytest_cache
