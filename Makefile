# Quick start: `make demo` runs the kiosk on the demo exhibition; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_HOME ?= build/demo-home
QT_OFFSCREEN := QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software

QMLTYPES := build/qmltypes/Kiosk/Backend

.PHONY: demo test lint venv clean translations bench bundle

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "make: Python 3.11 or newer is needed (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@bash scripts/pillow-simd.sh
	@touch $@

# The interface's translations: .ts sources in the repository, .qm compiled here.
translations: $(STAMP)
	$(BIN)/python -m kiosk.ui.translations

# qmllint learns the Python types (Kiosk.Backend) from type descriptions made here: the files
# and which types are QML singletons come from kiosk/ui/registry.py, which registers them. The
# registrar warns of every Python enum (@QEnum) that its type "int" is not a C++ type: noise.
$(QMLTYPES)/backend.qmltypes: $(wildcard kiosk/ui/*.py kiosk/ui/*/*.py) $(STAMP)
	@mkdir -p $(QMLTYPES)
	$(BIN)/pyside6-metaobjectdump -o build/qmltypes/backend.json \
	  $$($(BIN)/python -m kiosk.ui.registry --sources)
	$(BIN)/python -m kiosk.ui.registry --describe build/qmltypes/backend.json
	$(BIN)/python scripts/qml_constants.py build/qmltypes/backend.json \
	  $$($(BIN)/python -m kiosk.ui.registry --sources)
	$(BIN)/pyside6-qmltyperegistrar --generate-qmltypes=$@ --import-name=Kiosk.Backend \
	  --major-version=1 -o build/qmltypes/backend_registration.cpp build/qmltypes/backend.json \
	  2>&1 | grep -v -e 'QObject is used as base type' -e 'QAbstractListModel is used as base type' \
	  -e 'int is used as enum type' || true
	# PhotoSequence is a QAbstractListModel, a type of QtQml.Models
	printf 'module Kiosk.Backend\ntypeinfo backend.qmltypes\ndepends QtQml.Models\n' > $(QMLTYPES)/qmldir

demo: translations
	@bash scripts/system-deps.sh demo
	$(BIN)/kiosk demo --home $(DEMO_HOME) --windowed

lint: $(QMLTYPES)/backend.qmltypes
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python scripts/lint_qml.py kiosk/ui/qml
	$(BIN)/pyside6-qmllint --max-warnings 0 -I kiosk/ui/qml -I build/qmltypes \
	  -i kiosk/ui/qml/Kiosk/qmldir \
	  $$(find kiosk/ui/qml -name '*.qml')

# The core's tests run with Qt hidden (tests/no_qt.py), as napari's run with no Qt installed:
# the core must not need it. Then every other test, with Qt offscreen.
CORE_TESTS := tests/content tests/archive tests/media tests/services tests/test_system.py

# The core without Qt (a minute), the interface's quick tests (two), then the slow ones (the
# soak, a real window, subprocesses: some seven minutes), so that a fault shows early.
test: lint translations
	@bash scripts/system-deps.sh test
	$(BIN)/python -m pytest -q -p tests.no_qt $(CORE_TESTS)
	$(QT_OFFSCREEN) $(BIN)/pytest -q -m "not slow" $(addprefix --ignore=,$(CORE_TESTS))
	$(QT_OFFSCREEN) $(BIN)/pytest -q -m slow $(addprefix --ignore=,$(CORE_TESTS))

# The performance targets of DESIGN.md, measured; figures in build/bench.json.
bench: translations
	@bash scripts/system-deps.sh test
	@bash scripts/bench-deps.sh
	$(QT_OFFSCREEN) $(BIN)/python -m benchmarks

# The offline installer for a Debian 12 kiosk PC, on a Debian 12 machine that reaches PyPI and
# Debian's mirror: dist/museum-kiosk-<version>-debian12-amd64.tar (packaging/bundle.py).
bundle: translations
	$(BIN)/python packaging/bundle.py

clean:
	rm -rf build .pytest_cache
