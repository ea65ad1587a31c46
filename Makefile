# Briefer: `make run` starts the app, `make test` runs every check. Both set up .venv first,
# through dev.py, which is also the way on Windows (`py dev.py run`, `py dev.py test`).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format pytest bench bench-search bench-packs bench-pack-instructions \
	bench-sync bench-sync-instructions bench-startup \
	bench-window-pack bench-extraction catalogue tr-update tr-release screenshots samples icons bundle \
	bundle-check clean

$(STAMP): pyproject.toml
	$(PYTHON) dev.py setup

run:
	$(PYTHON) dev.py run

test:
	$(PYTHON) dev.py test

lint:
	$(PYTHON) dev.py lint

pytest:
	$(PYTHON) dev.py pytest

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: bench-search bench-packs bench-sync bench-startup bench-window-pack

bench-search: $(STAMP)
	$(BIN)/python bench/bench_search.py

bench-packs: $(STAMP)
	$(BIN)/python bench/bench_packs.py
	$(BIN)/python bench/bench_packs.py --varied
	$(BIN)/python bench/bench_pack_cold.py
	$(BIN)/python bench/bench_long_note.py

bench-pack-instructions: $(STAMP)
	$(BIN)/python bench/bench_pack_instructions.py

bench-sync: $(STAMP)
	$(BIN)/python bench/bench_sync.py

bench-extraction: $(STAMP)
	$(BIN)/python bench/bench_extraction.py

bench-sync-instructions: $(STAMP)
	$(BIN)/python bench/bench_sync_instructions.py

bench-startup: $(STAMP)
	$(BIN)/python bench/bench_startup.py

bench-window-pack: $(STAMP)
	$(BIN)/python bench/bench_window_pack.py

tr-update: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py briefer -ts translations/briefer_ar.ts \
		translations/briefer_fr.ts translations/briefer_en.ts -no-obsolete -locations none

tr-release: $(STAMP)
	$(BIN)/pyside6-lrelease translations/briefer_ar.ts translations/briefer_fr.ts \
		translations/briefer_en.ts

screenshots: $(STAMP)
	$(BIN)/python tools/screenshots.py docs/screenshots

samples: $(STAMP)
	$(BIN)/python tools/sample_packs.py docs/samples

icons: $(STAMP)
	$(BIN)/python tools/make_icons.py

bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.10,<7"
	$(BIN)/pyinstaller --noconfirm --clean briefer.spec

bundle-check: bundle
	bash tools/check_bundle.sh dist/briefer/briefer

catalogue: $(STAMP)
	$(BIN)/briefer catalogue build

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
