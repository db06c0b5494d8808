# Build, test and measure Trellis against the openCypher TCK.

SWIFT ?= swift
TCK_FEATURES ?= ../shared/tck/features

# Scenarios that must pass for `make tck` (and so `make test`) to succeed.
# This floor only ever goes up: raise it when the engine passes more, never lower it.
TCK_MIN_PASS := 0

# Extra options for trellis-tck, e.g. TCK_FLAGS=--verbose or TCK_FLAGS='--filter Match1'.
TCK_FLAGS ?=

.PHONY: build test tck

build:
	$(SWIFT) build

test:
	$(SWIFT) test
	$(MAKE) tck

tck:
	$(SWIFT) build --product trellis-tck
	"$$($(SWIFT) build --show-bin-path)/trellis-tck" --isolate --timeout 10 --time-limit 270 \
		--min-pass $(TCK_MIN_PASS) $(TCK_FLAGS) $(TCK_FEATURES)
