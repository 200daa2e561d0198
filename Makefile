# Quick start: `make demo` then `make test`. Both set up everything they need.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
LGRAPH := $(VENV)/bin/lgraph
STORE  ?= embedded:./lgraph-data
STAMP  := $(VENV)/.installed
DEMO_HTML ?= lgraph-data/graph.html

.PHONY: browser bench-html install compile current demo test test-fast lint format bench bench-extract bench-neo4j neo4j-start neo4j-stop neo4j-status clean docs bench-queries notebooks

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,neo4j,html,dask,ftm]'
	touch $(STAMP)

install: $(STAMP)

# Recompile the extractor with mypyc after editing liability_graph/loaders/extract/*.py
# (until then it runs as pure Python, with a warning). `make install` compiles it too.
compile: install
	$(PY) -m pip install --quiet --no-deps -e .

# A pull into a built clone can leave the compiled extractor older than its sources; the
# pure-Python fallback would then run (slower, and the build tests fail). Recompile only then.
current: install
	@$(PY) -c "import sys; sys.path.insert(0, 'liability_graph/loaders/extract'); import _compiled; sys.exit(1 if _compiled.stale_sources() else 0)" \
		|| { echo "recompiling the extractor: its sources changed since it was built"; $(PY) -m pip install --quiet --no-deps -e .; }

demo: current
	$(LGRAPH) --store $(STORE) ingest examples/
	$(LGRAPH) --store $(STORE) stats
	$(LGRAPH) --store $(STORE) chain Salesforce
	$(LGRAPH) --store $(STORE) cases Salesforce
	$(LGRAPH) --store $(STORE) export html -o $(DEMO_HTML)
	@echo "Open $(DEMO_HTML) in a browser: the whole graph, offline, with the evidence of every edge."

# Debian's chromium and chromium-driver, for the HTML view's browser tests (apt-get as root).
browser:
	scripts/ensure-chromium

# The whole suite, against a real LadybugDB folder, a real Neo4j 5.26 server and chromium.
test: current browser
	scripts/test-with-neo4j $(PY) -m pytest -q

# Without the Neo4j server: the Neo4j tests skip with a message (they fail when CI=true).
test-fast: current
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

# Run the notebooks on a real kernel against the examples store and save their outputs.
notebooks: install
	$(LGRAPH) --store $(STORE) ingest examples/
	LGRAPH_STORE=$(STORE) $(PY) scripts/run_notebooks.py --save

bench: install
	$(PY) bench/load_embedded.py

bench-extract: current
	$(PY) bench/extract.py

neo4j-start:
	scripts/neo4j-server start

neo4j-stop:
	scripts/neo4j-server stop

neo4j-status:
	scripts/neo4j-server status

clean:
	rm -rf lgraph-data lgraph-data.vault .pytest_cache .ruff_cache build *.egg-info *__mypyc*.so
	rm -f liability_graph/loaders/extract/*.so liability_graph/loaders/extract/_compiled_sources.txt

bench-html: install browser
	$(PY) bench/html.py

bench-neo4j: install
	scripts/test-with-neo4j $(PY) bench/load_neo4j.py
