# Two commands on a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
# torch is installed on its own first: the local CPU wheel, never a multi-GB CUDA build.
TORCH  := torch==2.13.0

.PHONY: demo test install install-test clean constraints train-ner serve demo-db browser office

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) install -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) install $(TORCH)
	$(PIP) install -c constraints.txt -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: $(VENV)/.installed
	$(BIN)/marsad analyze --format text --published 2024-11-21 examples/article.txt
	@$(DEMO_INGEST)
	@echo "In a browser: run 'make serve', then open $(DEMO_URL)/ui/documents/$$($(DEMO_ID))"

# The web interface over a demo corpus holding the example article (see README: marsad serve).
DEMO_DB   := out/demo.db
DEMO_HOST := 127.0.0.1
DEMO_PORT := 8000
DEMO_URL  := http://$(DEMO_HOST):$(DEMO_PORT)
# The demo corpus holds the example article only; its id, read from the database.
DEMO_ID   := $(BIN)/python -c "from marsad.store import Store; print(min(d['id'] for d in \
             Store('$(DEMO_DB)', readonly=True).documents(limit=1000)))"

DEMO_INGEST = mkdir -p $(dir $(DEMO_DB)) && \
              $(BIN)/marsad ingest --db $(DEMO_DB) --published 2024-11-21 --no-progress --quiet examples/article.txt

demo-db: $(VENV)/.installed
	@$(DEMO_INGEST)

serve: demo-db
	@echo "marsad: the example article: $(DEMO_URL)/ui/documents/$$($(DEMO_ID))"
	$(BIN)/marsad serve --db $(DEMO_DB) --host $(DEMO_HOST) --port $(DEMO_PORT)

test: $(VENV)/.installed-test browser office
	$(BIN)/python -m pytest

# Debian's Chromium (and Arabic fonts) for the browser tests in tests/web, from the package
# registry when it is missing and we can install (root with apt); otherwise those tests skip.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium \
	      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-noto-ui-core \
	         fonts-hosny-amiri) >/dev/null || echo "make: could not install chromium; the browser tests will skip"; \
	  else echo "make: chromium is not installed (needs root and apt-get); the browser tests will skip"; fi; }

# Debian's LibreOffice Calc (no GUI) for the test that opens an exported CSV as a spreadsheet; as for
# the browser, installed when missing and we can (root with apt), else that test skips.
office:
	@command -v soffice >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      libreoffice-calc-nogui) >/dev/null || echo "make: could not install LibreOffice; the spreadsheet test will skip"; \
	  else echo "make: LibreOffice is not installed (needs root and apt-get); the spreadsheet test will skip"; fi; }

# Retrain the built-in NER model (src/marsad/models/ner/) from ../shared/data (see training/ner.py): the
# GeoNames, wordfreq and knowledge-base tables, the word clusters (word2vec over the unlabeled prose),
# then the CRF on ANERcorp train, WikiFANE and the written-news train split (about 40 minutes on a core).
train-ner: $(VENV)/.installed
	$(PIP) install -c constraints.txt -e '.[train]'
	$(BIN)/python -m training.ner_tables --out src/marsad/models/ner
	$(BIN)/python -m training.ner_clusters --out src/marsad/models/ner
	$(BIN)/python -m training.ner --out src/marsad/models/ner

# Re-pin the whole dependency tree from a fresh virtual environment.
constraints:
	rm -rf /tmp/marsad-pin && $(PYTHON) -m venv /tmp/marsad-pin
	/tmp/marsad-pin/bin/python -m pip install --quiet --upgrade pip
	/tmp/marsad-pin/bin/python -m pip install --quiet $(TORCH)
	/tmp/marsad-pin/bin/python -m pip install --quiet -e '.[test,train]'
	/tmp/marsad-pin/bin/python -m pip freeze --exclude-editable | grep -v -E '^(torch|marsad)[=@ ]' > constraints.txt

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
