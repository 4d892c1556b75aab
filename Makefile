# Quick start: `make demo` runs the kiosk on the demo exhibition; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_HOME ?= build/demo-home
QT_OFFSCREEN := QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software

BACKEND := kiosk/ui/visit.py kiosk/ui/exhibition.py kiosk/ui/gallery.py kiosk/ui/detail.py \
  kiosk/ui/navigator.py kiosk/ui/idle.py kiosk/ui/staff.py kiosk/ui/audio.py kiosk/ui/subtitles.py
QMLTYPES := build/qmltypes/Kiosk/Backend

.PHONY: demo test lint venv clean translations bench

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

# qmllint learns the Python singletons (Kiosk.Backend) from type descriptions made here.
$(QMLTYPES)/backend.qmltypes: $(BACKEND) $(STAMP)
	@mkdir -p $(QMLTYPES)
	$(BIN)/pyside6-metaobjectdump -o build/qmltypes/backend.json $(BACKEND)
	$(BIN)/python scripts/qml_constants.py build/qmltypes/backend.json $(BACKEND)
	$(BIN)/pyside6-qmltyperegistrar --generate-qmltypes=$@ --import-name=Kiosk.Backend \
	  --major-version=1 -o build/qmltypes/backend_registration.cpp build/qmltypes/backend.json \
	  2>&1 | grep -v 'QObject is used as base type' || true
	printf 'module Kiosk.Backend\ntypeinfo backend.qmltypes\n' > $(QMLTYPES)/qmldir

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

test: lint translations
	@bash scripts/system-deps.sh test
	$(QT_OFFSCREEN) $(BIN)/pytest -q

# The performance targets of DESIGN.md, measured; figures in build/bench.json.
bench: translations
	@bash scripts/system-deps.sh test
	@bash scripts/bench-deps.sh
	$(QT_OFFSCREEN) $(BIN)/python -m benchmarks

clean:
	rm -rf build .pytest_cache
