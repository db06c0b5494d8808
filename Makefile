# Minimum number of openCypher TCK scenarios that must pass (raised as the engine grows).
TCK_MIN_PASS ?= 2689
# Where the TCK feature files live: beside this checkout, in shared/.
TCK_FEATURES ?= ../shared/tck/features
# Each feature file runs in its own process (a crash fails only its scenarios), with a time limit
# per scenario and for the whole run, so the conformance step stays well inside five minutes.
TCK_FLAGS ?= --isolate --timeout 10 --time-limit 270
# The readable script of the sample graph, and the database file built from it.
SAMPLE ?= Samples/partnerships.cypher
SAMPLE_DB ?= Samples/partnerships.trellis
# `make run` opens a working copy of the sample database here, so the bundled file stays as built.
RUN_DB ?= .build/sample/partnerships.trellis
# Debian packages the build needs: libedit for the interactive shell.
APT_PACKAGES ?= libedit-dev

SWIFT ?= swift
# The folder swift build puts programs in (asked after building, in the recipe).
BIN_PATH = "$$($(SWIFT) build --show-bin-path)"

# The benchmark kit (Benchmarks/README.md): Python, and the peers' Python packages: Ladybug (the
# graph peer), DuckDB (the SQL peer) and Kùzu, kept at its last release as a frozen reference.
# BENCH_PYTHON_MODULES are the modules they install, each tried in a process of its own (Ladybug's
# and Kùzu's cannot be loaded into one).
PYTHON ?= python3
BENCH_PIP_PACKAGES ?= ladybug duckdb kuzu==0.11.3
BENCH_PYTHON_MODULES ?= ladybug duckdb kuzu
# `make bench` runs the engines three times in turn and keeps the median of each engine's rounds
# (a burst of load on a shared machine then decides no comparison); bench-small runs two rounds
# so that `make test` checks the merging of rounds too. bench-large (scale 4, four times the data)
# runs one round with one warm-up and at most three timed runs a query, to keep it near half an hour.
BENCH_FLAGS ?= --rounds 3
BENCH_SMALL_FLAGS ?= --reps 2 --warmup 1 --seconds-per-query 2 --rounds 2
BENCH_LARGE_SCALE ?= 4
BENCH_LARGE_FLAGS ?= --rounds 1 --warmup 1 --reps 3

# Fuzzing (Fuzz/README.md): the targets `make fuzz` runs, for how long each, and the folder that
# holds their build, seed corpora, grown corpora and any crashing inputs (kept between runs).
FUZZ_TARGETS ?= FuzzSyntax FuzzPipeline FuzzServe FuzzStorage FuzzTemporal
FUZZ_SECONDS ?= 60
FUZZ_DIR ?= .build-fuzz
# More libFuzzer options, e.g. FUZZ_FLAGS="-fork=2 -ignore_crashes=1" to go on past a crash.
FUZZ_FLAGS ?=
# lld: gold fails on these programs with an internal error.
FUZZ_BUILD = $(SWIFT) build --package-path Fuzz --scratch-path "$(FUZZ_DIR)/build" -c release \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld

.PHONY: all deps build run sample-db test test-steps hostile tck clean bench bench-small bench-large bench-deps docs embedding-sample fuzz

all: build

# Installs the Debian packages that are missing (non-interactively).
deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  echo "Installing$$missing"; \
	  $$sudo apt-get update && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

# A debug build: much quicker to build than -c release, and fast enough for interactive use.
build:
	$(SWIFT) build --product trellis

# Opens the shell on a working copy of the sample database (made when missing; delete it to start afresh).
run: deps build
	@if [ ! -f "$(RUN_DB)" ]; then \
	  mkdir -p "$$(dirname "$(RUN_DB)")" && cp "$(SAMPLE_DB)" "$(RUN_DB)" && cp "$(SAMPLE_DB).journal" "$(RUN_DB).journal"; \
	fi
	@exec $(BIN_PATH)/trellis "$(RUN_DB)"

# Rebuilds the sample database file from its script, with the partnership schema.
sample-db: build
	rm -f "$(SAMPLE_DB)" "$(SAMPLE_DB).journal" "$(SAMPLE_DB).lock"
	$(BIN_PATH)/trellis new --partnership "$(SAMPLE_DB)"
	$(BIN_PATH)/trellis run --db "$(SAMPLE_DB)" "$(SAMPLE)" > /dev/null
	$(BIN_PATH)/trellis "$(SAMPLE_DB)" -c "CHECKPOINT" > /dev/null
	rm -f "$(SAMPLE_DB).lock"

# The library's documentation (DocC): the `Trellis` module with the types it re-exports, from the
# debug build's modules (and the module map of the C target behind the checksums, which the
# storage module imports), into .build/docs/Trellis.doccarchive; any DocC warning fails it.
DOCS_OUTPUT ?= .build/docs
docs:
	$(SWIFT) build --target Trellis
	rm -rf "$(DOCS_OUTPUT)" && mkdir -p "$(DOCS_OUTPUT)/symbol-graphs"
	swift-symbolgraph-extract -module-name Trellis -I $(BIN_PATH)/Modules -target "$$(uname -m)-unknown-linux-gnu" \
	  -Xcc -fmodule-map-file=$(BIN_PATH)/CCRC32C.build/module.modulemap \
	  -minimum-access-level public -output-dir "$(DOCS_OUTPUT)/symbol-graphs" \
	  -experimental-allowed-reexported-modules=TrellisCore,TrellisEngine,TrellisGraph
	docc convert Sources/Trellis/Trellis.docc --additional-symbol-graph-dir "$(DOCS_OUTPUT)/symbol-graphs" \
	  --output-path "$(DOCS_OUTPUT)/Trellis.doccarchive" --fallback-display-name Trellis \
	  --fallback-bundle-identifier org.trellis.Trellis --warnings-as-errors
	@echo "Documentation: $(DOCS_OUTPUT)/Trellis.doccarchive"

# Samples/Embedding, a separate package that depends on this one by path: built, run on the sample
# database, and its school count checked against the trellis command's. Its build plan is made
# afresh each time: a cached one misses source files added to or removed from this package.
EMBEDDING_BUILD ?= .build/embedding-sample
embedding-sample: build
	$(SWIFT) build --package-path Samples/Embedding --scratch-path "$(EMBEDDING_BUILD)" --disable-build-manifest-caching
	@report="$$("$(EMBEDDING_BUILD)/debug/PartnershipReport" "$(SAMPLE_DB)")" || { echo "$$report"; exit 1; }; \
	schools="$$($(BIN_PATH)/trellis --read-only "$(SAMPLE_DB)" --format csv -c 'MATCH (s:School) RETURN count(s)' | tail -n 1)"; \
	echo "$$report" | grep -q "^schools: $$schools in" || { echo "$$report"; echo "embedding sample: expected 'schools: $$schools'"; exit 1; }; \
	echo "$$report" | grep -q "<report>:2:24: error:" || { echo "$$report"; echo "embedding sample: the error was not reported at 2:24"; exit 1; }; \
	echo "embedding sample: built and ran ($$(echo "$$report" | wc -l) lines of report)"

# Under continuous integration (CI set, and not to 0 or false), what a step needs but cannot find
# (the TCK's features, the benchmark's peers, a built program) fails the step instead of skipping it.
CI_REQUIRES = case "$${CI:-}" in ""|0|false|FALSE|False) false;; *) true;; esac

# Builds everything, runs the TCK (when its features are present) against its floor, the hostile
# suite, builds the documentation and the embedding sample, the small benchmark (result agreement
# with the peers), then the unit tests, whose summary is the last word. It fails when the run
# leaves a file in the checkout that was not there before (tests write in temporary folders).
test:
	@Tests/no-leftovers.sh $(MAKE) --no-print-directory test-steps

test-steps:
	$(SWIFT) build
	@if [ -d "$(TCK_FEATURES)" ]; then \
	  $(BIN_PATH)/trellis-tck $(TCK_FLAGS) --min-pass $(TCK_MIN_PASS) "$(TCK_FEATURES)"; \
	elif $(CI_REQUIRES); then \
	  echo "error: TCK features not found at $(TCK_FEATURES) (continuous integration needs them)"; exit 1; \
	else \
	  echo "TCK features not found at $(TCK_FEATURES); skipping the TCK"; \
	fi
	$(MAKE) hostile
	$(MAKE) docs
	$(MAKE) embedding-sample
	$(MAKE) bench-small BENCH_CONFIGURATION=debug
	$(SWIFT) test

# The hostile suite (Tests/Hostile/README.md): the built trellis against the inputs and file
# tricks that once crashed it, hung it or lost data; a minute or two.
hostile: build
	Tests/Hostile/run.sh $(BIN_PATH)/trellis

# The TCK with a line per scenario.
tck:
	$(SWIFT) build --product trellis-tck
	$(BIN_PATH)/trellis-tck $(TCK_FLAGS) --verbose --min-pass $(TCK_MIN_PASS) "$(TCK_FEATURES)"

# Installs the peers' Python packages when any is missing.
bench-deps:
	@missing=""; \
	for module in $(BENCH_PYTHON_MODULES); do $(PYTHON) -c "import $$module" 2>/dev/null || missing="$$missing $$module"; done; \
	if [ -n "$$missing" ]; then \
	  echo "bench: installing $(BENCH_PIP_PACKAGES) (missing:$$missing)"; \
	  $(PYTHON) -m pip install --quiet $(BENCH_PIP_PACKAGES) || \
	  $(PYTHON) -m pip install --quiet --user --break-system-packages $(BENCH_PIP_PACKAGES) || \
	  echo "bench: could not install $(BENCH_PIP_PACKAGES) with pip"; \
	fi

# Build configuration of trellis-bench: release for the measurements; `make test` checks the kit
# with the debug build it has already made (bench-small's figures are not performance claims).
BENCH_CONFIGURATION ?= release
# Builds trellis-bench, then runs bench.py with it and the arguments that follow. A peer whose
# package pip could not install is skipped with a message (so `make test` passes offline, and
# with no peer at all the run is skipped), except under continuous integration, where that fails.
BENCH_RUN = $(SWIFT) build -c $(BENCH_CONFIGURATION) --product trellis-bench && \
  $(PYTHON) Benchmarks/bench.py --binary "$$($(SWIFT) build -c $(BENCH_CONFIGURATION) --show-bin-path)/trellis-bench" \
  $$($(CI_REQUIRES) && echo --require-peers)

# The benchmark at scale 1 beside Ladybug, DuckDB and Kùzu (about ten minutes a round on an idle
# two-core machine, so half an hour); results in Benchmarks/results/scale-1/.
bench: bench-deps
	$(BENCH_RUN) --scale 1 $(BENCH_FLAGS)

# The same kit at scale 4 (about 98,000 schools and 2.4 million results): load time, memory and
# the same ratios on a larger graph; results in Benchmarks/results/scale-4/.
bench-large: bench-deps
	$(BENCH_RUN) --scale $(BENCH_LARGE_SCALE) $(BENCH_LARGE_FLAGS)

# The kit at scale 0.01: proves that it runs and that every engine returns the same rows for
# every query.
bench-small: bench-deps
	$(BENCH_RUN) --scale 0.01 $(BENCH_SMALL_FLAGS)

# Builds the fuzz targets with libFuzzer and AddressSanitizer, writes the seed corpora (the TCK's
# queries, the sample scripts' statements, small database files), then runs each target for
# FUZZ_SECONDS. A crash stops the run; libFuzzer names the input it saved under $(FUZZ_DIR)/crashes.
fuzz: build
	$(FUZZ_BUILD)
	$(PYTHON) Fuzz/make_corpus.py "$(TCK_FEATURES)" "$(FUZZ_DIR)/seeds" --trellis $(BIN_PATH)/trellis
	@bin="$$($(FUZZ_BUILD) --show-bin-path)"; \
	for target in $(FUZZ_TARGETS); do \
	  case "$$target" in FuzzStorage) seeds=storage;; FuzzServe) seeds=requests;; *) seeds=queries;; esac; \
	  mkdir -p "$(FUZZ_DIR)/corpus/$$target" "$(FUZZ_DIR)/crashes/$$target"; \
	  echo "== $$target, $(FUZZ_SECONDS) seconds"; \
	  "$$bin/$$target" "$(FUZZ_DIR)/corpus/$$target" "$(FUZZ_DIR)/seeds/$$seeds" \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1 \
	    -artifact_prefix="$(FUZZ_DIR)/crashes/$$target/" $(FUZZ_FLAGS) || exit 1; \
	done

clean:
	$(SWIFT) package clean
