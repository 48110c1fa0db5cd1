# claims: the two commands a newcomer runs are `make run` and `make test` (see README.md).
SWIFT ?= swift
CORPUS ?= corpus
SHARED ?= ../shared
BIN_DEBUG = .build/debug/claims
BIN_RELEASE = .build/release/claims

.PHONY: build build-strict lint release dist spark-test run test datasette-test db-bench bench fuzz report-screenshot ingest-score clean

build:
	$(SWIFT) build

## Every target and test built with warnings as errors (CI), in its own build folder so that the
## flag does not throw away the debug build.
build-strict:
	$(SWIFT) build --build-tests --scratch-path .build/strict -Xswiftc -warnings-as-errors

## swift format's lint (toolchain) with the checked-in .swift-format (120 columns, 4 spaces), and
## the functions over 60 lines listed (a warning until the last ones are split; LINT_STRICT=1 fails on them).
lint:
	$(SWIFT) format lint --recursive --strict --parallel Sources Tests Package.swift
	./scripts/long-functions.sh --fail Sources
	./scripts/long-functions.sh $(if $(LINT_STRICT),--fail) Tests

release:
	$(SWIFT) build -c release

## A release binary that runs where no Swift toolchain is (Swift runtime linked statically;
## libxml2, zlib and libcurl (for fetch, through Foundation) from the system), copied to dist/claims
## and checked with the toolchain off PATH.
dist:
	$(SWIFT) build -c release --static-swift-stdlib
	mkdir -p dist && cp $(BIN_RELEASE) dist/claims
	./scripts/dist-check.sh dist/claims $(CORPUS)

## The Spark job in local[2] mode against the single machine (pyspark into ~/.cache/claims/spark-venv, made on first use).
spark-test: dist
	./scripts/spark-test.sh dist/claims

## The main job on the sample corpus.
run: release
	./scripts/run.sh $(BIN_RELEASE) $(CORPUS)/html out/report.html

## Unit tests, end-to-end tests on corpus/ through the built binary, the corpus check and the
## real development set's check (SHARED/realdev; skipped with a note when absent) and benchgold's
## (Tests/Fixtures/benchgold over SHARED/ingest-bench).
test: build
	CLAIMS_BIN=$(abspath $(BIN_DEBUG)) CLAIMS_SHARED=$(abspath $(SHARED)) $(SWIFT) test
	./scripts/check-corpus.sh $(BIN_DEBUG) $(CORPUS)
	./scripts/check-stories.sh $(BIN_DEBUG)
	./scripts/realdev-score.sh $(BIN_DEBUG) $(SHARED)
	./scripts/benchgold-score.sh $(BIN_DEBUG) $(SHARED)

## The claims database served by a real Datasette on 127.0.0.1, checked over HTTP (venv outside git, made on first use).
datasette-test: build
	./scripts/datasette-test.sh $(BIN_DEBUG) $(CORPUS) $(SHARED)

## claims db update: a full run on 1,810 pages, then one after adding 10 (pages read and time).
db-bench: release
	./scripts/db-bench.sh $(BIN_RELEASE) $(SHARED)

## Speed and memory against a bare libxml2 parse measured in the same run.
bench: release
	./scripts/bench.sh $(BIN_RELEASE) $(SHARED)

## libFuzzer targets for ingest, extract and the WARC reader; FUZZ_SECONDS per target.
fuzz:
	./scripts/fuzz.sh $${FUZZ_SECONDS:-60}

## Text quality on the ingest benchmark with its own scorer.
ingest-score: release
	./scripts/ingest-score.sh $(BIN_RELEASE) $(SHARED)

## Render the HTML report of the corpus with headless Chromium to a PNG.
report-screenshot: release
	./scripts/report-screenshot.sh $(BIN_RELEASE) $(CORPUS)/html

clean:
	rm -rf .build out dist
