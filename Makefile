# Trellis — build, test and run.
TCK_MIN_PASS ?= 2090
TCK_FEATURES ?= ../shared/tck/features

.PHONY: build test tck run deps

deps:
	@dpkg -s libedit-dev >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq libedit-dev)

build:
	swift build

test: build
	swift test
	@if [ -d "$(TCK_FEATURES)" ]; then swift run trellis-tck --min-pass $(TCK_MIN_PASS) $(TCK_FEATURES); \
	else echo "TCK features not found at $(TCK_FEATURES); skipping conformance run"; fi

tck: build
	swift run trellis-tck --verbose $(TCK_FEATURES)

run: deps build
	swift run trellis
