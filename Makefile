# Two commands do everything on a fresh machine:
#   make run    set up .venv, build the graph from corpus/, answer a sample question
#   make test   set up .venv, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1

.PHONY: run test install clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/kg87 build corpus/
	$(BIN)/kg87 ask commitments --param country=Nepal

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) output/graph output/tables output/cache output/embeddings output/networks output/records.json output/build.json
