# concord — common tasks. `make test` is what CI runs.
GO ?= go

.PHONY: build test release bench bench-batch eval eval-real translex fuzz sample clean

build:
	CGO_ENABLED=0 $(GO) build -o bin/concord ./cmd/concord

test:
	$(GO) test -count=1 ./...

# Release binaries for Linux, macOS and Windows on amd64 and arm64, static
# and stamped with version, commit and date, with SHA256SUMS, in DIST.
DIST ?= dist
release:
	scripts/release.sh $(DIST)

# Speed: first, side by side in one run on BENCH_MB megabytes of the real
# written questions (CONCORD_REALDEV, as for eval-real), the CPU time of
# concord check, of pofilter (all checks but spelling; numbers only) and of
# the tokenise-once reference internal/tokref (scripts/bench-compare.sh);
# then the Go benchmarks of every stage (read, split, pair, checks,
# reporters; BenchmarkCheckQRVA is the checks alone on the same pairs).
BENCH_MB ?= 16
bench: build
	scripts/bench-compare.sh bin/concord $(BENCH_MB)
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Throughput and peak memory of `concord check -j 2` on a generated batch
# (BATCH_MB megabytes of variants of the sample, in a temporary directory).
BATCH_MB ?= 100
bench-batch: build
	scripts/bench-batch.sh $(BATCH_MB) 2

# Detection quality: recall per category and false alarms per 100 documents.
eval:
	CONCORD_EVAL=1 $(GO) test -count=1 -timeout 30m -run 'TestEval' -v ./eval/...

# The real development texts (../shared/realdev, or CONCORD_REALDEV=DIR):
# warnings and errors per 1,000 written questions and per 10,000 characters
# of the long documents, by rule, and the recall on defects injected into
# the written questions (eval/realmut.go), by kind; writes eval/REAL.md.
# CONCORD_REAL_HALF=even or odd measures one half of the questions. Skips
# where the texts are absent.
eval-real:
	CONCORD_EVAL_REAL=1 $(GO) test -count=1 -timeout 30m -run 'TestEvalReal' -v ./eval/

# The FR↔NL word-translation table checks/langdata/translex.bin, learned by IBM
# Model 1 from the written questions at even positions of
# ../shared/realdev/qrva-dev.jsonl.gz (or CONCORD_REALDEV=DIR); the odd ones
# are left to measure it (TestEvalRealDrop). Takes a few minutes.
translex:
	CONCORD_TRANSLEX_QRVA=$${CONCORD_REALDEV:-../shared/realdev}/qrva-dev.jsonl.gz $(GO) test -count=1 -timeout 30m -run 'TestGenerateTranslex' -v ./checks/

# Each fuzz target for a short while; FUZZTIME=5m for a longer run,
# FUZZ=regexp to pick targets (FUZZ='^FuzzRead' for the readers). Each run
# is bounded to FUZZMEM kilobytes of address space, so that an input that
# makes a reader allocate without bound fails as a crash, with its input
# kept under testdata/fuzz, instead of taking the machine down; the reader
# targets also fail past their own allocation bound (align/fuzzmem_test.go).
# FUZZMINTIME bounds the minimising of each new interesting input: at Go's
# default of 60s a one-minute run of a reader with large seeds spent its
# whole minute minimising and ran a dozen inputs.
FUZZTIME ?= 30s
FUZZMINTIME ?= 5s
FUZZ ?= ^Fuzz
FUZZMEM ?= 4000000
# FUZZFLAGS adds go test flags to each run: '-parallel 1' on a shared machine
# (one worker instead of one per core).
FUZZFLAGS ?=
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '$(FUZZ)' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$t"; \
	    (ulimit -v $(FUZZMEM); $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) $(FUZZFLAGS) $$pkg) || exit 1; \
	  done; \
	done

sample:
	$(GO) run ./cmd/concord check testdata/kazakhstan.txt

clean:
	rm -rf bin dist
