# Quick start: `make demo` runs the kiosk on the demo exhibition; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_HOME ?= build/demo-home
QT_OFFSCREEN := QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software

.PHONY: demo test lint venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "make: Python 3.11 or newer is needed (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

demo: $(STAMP)
	@bash scripts/system-deps.sh demo
	$(BIN)/kiosk demo --home $(DEMO_HOME) --windowed

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/pyside6-qmllint --max-warnings 0 -I kiosk/ui/qml -i kiosk/ui/qml/Kiosk/qmldir \
	  $$(find kiosk/ui/qml -name '*.qml')

test: lint
	@bash scripts/system-deps.sh test
	$(QT_OFFSCREEN) $(BIN)/pytest -q

clean:
	rm -rf build .pytest_cache
