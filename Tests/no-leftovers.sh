#!/usr/bin/env bash
# Runs a command (make test's steps) and fails when it left a file or folder in the checkout that
# was not there before, ignored by git or not: tests write only in temporary folders. Build
# output (.build*, .swiftpm), the benchmark's results and Python's caches are expected.
set -u
cd "$(dirname "$0")/.." || exit 1
list() {
  git ls-files --others --directory --no-empty-directory |
    grep -Ev '^((.*/)?Package\.resolved|\.build[^/]*/|\.swiftpm/|Benchmarks/results/|(.*/)?__pycache__/|Samples/Embedding/\.build[^/]*/|Fuzz/\.build[^/]*/)$' | sort
}
before=$(list)
"$@"
status=$?
left=$(comm -13 <(printf '%s\n' "$before") <(list))
if [ -n "$left" ]; then
  echo "error: the test run left these in the checkout (tests must write in temporary folders):"
  printf '  %s\n' $left
  exit 1
fi
exit $status
