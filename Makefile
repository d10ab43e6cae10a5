# vanban: two commands set everything up on a fresh machine:
#   make demo   # create .venv, install, parse corpus/samples -> out/records.jsonl, print a summary
#   make test   # install what the tests need and run them
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
# OCR results of the inputs are kept here between `make eval` runs (keyed by file bytes and OCR settings)
OCR_CACHE ?= $(HOME)/.cache/vanban/ocr
export HF_HUB_OFFLINE := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: install demo test lint typecheck eval bench fuzz schema clean system-deps ocr-models

$(BIN)/vanban: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip 'setuptools>=77' wheel  # the wheel test builds without isolation
	$(BIN)/python -m pip install -q -e '.[test,ocr,ray,pg]'
	@touch $@

system-deps:
	@if [ -f scripts/install_system_deps.sh ]; then bash scripts/install_system_deps.sh; fi

install: $(BIN)/vanban system-deps

demo: install
	@mkdir -p out
	$(BIN)/vanban parse corpus/samples -o out/records.jsonl
	@echo "records written to out/records.jsonl"

test: install
	$(BIN)/python -m pytest --durations=15  # the slowest tests, so a creeping suite shows in CI logs

# The gates CI runs before the tests (.ci/run); also a pre-commit hook (.pre-commit-config.yaml).
lint: install
	$(BIN)/python -m ruff check .
	MYPY="$(BIN)/python -m mypy" scripts/typecheck

typecheck: install
	MYPY="$(BIN)/python -m mypy" scripts/typecheck

eval: install
	$(BIN)/vanban eval corpus/gold corpus/heldout/gold
	@for c in dev real silver; do \
	  if [ -d $(SHARED)/corpus/$$c/gold ]; then $(BIN)/vanban eval $(SHARED)/corpus/$$c/gold; fi; \
	done
	@# real files (scans, PDFs, DOCX): header fields right per format and field
	@if [ -d $(SHARED)/corpus/inputs/gold ]; then \
	  VANBAN_OCR_CACHE=$(OCR_CACHE) $(BIN)/vanban eval $(SHARED)/corpus/inputs/gold; fi

# The npm registry's Vietnamese tesseract models (4.0.0_best_int, 4.0.0) for bench/ocr_models.py, which
# compares them with Debian's tesseract-ocr-vie. Not needed to run vanban: Debian's model measured as good
# (README, Quality); a folder here is used only when VANBAN_TESSDATA names it.
OCR_MODELS_NPM := @tesseract.js-data/vie@1.0.0
ocr-models:
	@mkdir -p .cache/npm .cache/tessdata/best_int .cache/tessdata/4.0.0
	npm install --no-audit --no-fund --prefix .cache/npm $(OCR_MODELS_NPM)
	@sys=$$(tesseract --list-langs 2>&1 | sed -n 's/.*"\(.*\)".*/\1/p'); \
	for m in best_int 4.0.0; do \
	  src=.cache/npm/node_modules/@tesseract.js-data/vie/4.0.0; [ $$m = best_int ] && src=$${src}_best_int; \
	  zcat $$src/vie.traineddata.gz > .cache/tessdata/$$m/vie.traineddata; \
	  ln -sfn "$${sys%/}/configs" .cache/tessdata/$$m/configs; \
	done

bench: install
	$(BIN)/python -m pip install -q -e '.[test,ocr,ray,pg,bench]'
	$(BIN)/python -m bench.run

fuzz: install   # 30 minutes of generated and mutated inputs: exceptions and slow inputs are kept in bench/work/fuzz
	VANBAN_FUZZ_EXAMPLES=2000 $(BIN)/python -m pytest -o addopts="" -q tests/test_fuzz.py
	$(BIN)/python -m bench.fuzz --minutes $${FUZZ_MINUTES:-30}

schema: $(BIN)/vanban
	$(BIN)/vanban schema > schemas/record.schema.json

clean:
	rm -rf out .pytest_cache .ruff_cache build *.egg-info
