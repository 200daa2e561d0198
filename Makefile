# Quick start: `make demo` then `make test`. Both set up everything they need.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
LGRAPH := $(VENV)/bin/lgraph
STORE  ?= embedded:./lgraph-data
STAMP  := $(VENV)/.installed

.PHONY: install compile demo test test-fast lint format bench bench-extract bench-neo4j neo4j-start neo4j-stop neo4j-status clean docs

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,neo4j,html,extract]'
	touch $(STAMP)

install: $(STAMP)

# Recompile the extractor with mypyc after editing liability_graph/loaders/extract/*.py
# (until then it runs as pure Python, with a warning). `make install` compiles it too.
compile: install
	$(PY) -m pip install --quiet --no-deps -e .

demo: install
	$(LGRAPH) --store $(STORE) ingest examples/
	$(LGRAPH) --store $(STORE) stats
	$(LGRAPH) --store $(STORE) chain Salesforce
	$(LGRAPH) --store $(STORE) cases Salesforce

# The whole suite, against a real LadybugDB folder and a real Neo4j 5.26 server.
test: install
	scripts/test-with-neo4j $(PY) -m pytest -q

# Without the Neo4j server: the Neo4j tests skip with a message (they fail when CI=true).
test-fast: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check liability_graph tests bench scripts
	$(VENV)/bin/ruff format --check liability_graph tests bench scripts
	$(VENV)/bin/mypy liability_graph/loaders/extract

format: install
	$(VENV)/bin/ruff format liability_graph tests bench scripts
	$(VENV)/bin/ruff check --fix liability_graph tests bench scripts

docs: install
	$(PY) scripts/gen_docs.py

bench: install
	$(PY) bench/load_embedded.py

bench-extract: install
	$(PY) bench/extract.py

neo4j-start:
	scripts/neo4j-server start

neo4j-stop:
	scripts/neo4j-server stop

neo4j-status:
	scripts/neo4j-server status

clean:
	rm -rf lgraph-data .pytest_cache .ruff_cache build *.egg-info *__mypyc*.so
	rm -f liability_graph/loaders/extract/*.so liability_graph/loaders/extract/_compiled_sources.txt

bench-neo4j: install
	scripts/test-with-neo4j $(PY) bench/load_neo4j.py
