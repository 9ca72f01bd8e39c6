# Two commands on a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
# torch is installed on its own first: the local CPU wheel, never a multi-GB CUDA build.
TORCH  := torch==2.13.0

.PHONY: demo test install install-test clean constraints train-ner

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

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

# Retrain the built-in NER model (src/marsad/models/ner/) from ../shared/data/anercorp.
train-ner: $(VENV)/.installed
	$(BIN)/python -m marsad.annotators.entities.train --data ../shared/data/anercorp --out src/marsad/models/ner

# Re-pin the whole dependency tree from a fresh virtual environment.
constraints:
	rm -rf /tmp/marsad-pin && $(PYTHON) -m venv /tmp/marsad-pin
	/tmp/marsad-pin/bin/python -m pip install --quiet --upgrade pip
	/tmp/marsad-pin/bin/python -m pip install --quiet $(TORCH)
	/tmp/marsad-pin/bin/python -m pip install --quiet -e '.[test]'
	/tmp/marsad-pin/bin/python -m pip freeze --exclude-editable | grep -v -E '^(torch|marsad)[=@ ]' > constraints.txt

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
