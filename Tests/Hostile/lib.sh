# Sourced by every case file of the hostile suite (run.sh sets TRELLIS, the program under test,
# and WORK, an empty folder of the case's own). A case runs the program as a user or an attacker
# would and checks what it did; every check that fails prints why, and the case exits non-zero.
set -u
: "${TRELLIS:?run.sh sets TRELLIS}" "${WORK:?run.sh sets WORK}"
cd "$WORK" || exit 1
checks=0
failures=0

fail() {
  failures=$((failures + 1))
  echo "  FAIL: $*"
  [ -n "${out:-}" ] && printf '%s\n' "$out" | tail -n 6 | sed 's/^/    | /'
  return 0
}

# Runs trellis with its arguments (standard input from $STDIN when set, else none) within
# LIMIT seconds (default 60); sets $out (standard output and error) and $status.
t() {
  if [ -n "${STDIN+x}" ]; then
    out=$(printf '%s' "$STDIN" | timeout -k 5 "${LIMIT:-60}" "$TRELLIS" "$@" 2>&1)
  else
    out=$(timeout -k 5 "${LIMIT:-60}" "$TRELLIS" "$@" 2>&1 </dev/null)
  fi
  status=$?
}

# The last run ended by itself: no signal (a crash is 128 + its number) and no time-out (124).
no_crash() {
  checks=$((checks + 1))
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then fail "$1: did not finish within ${LIMIT:-60} s"
  elif [ "$status" -gt 128 ]; then fail "$1: died of signal $((status - 128))"; fi
}

expect_status() {
  checks=$((checks + 1))
  [ "$status" -eq "$2" ] || fail "$1: exit status $status, expected $2"
}

# The last run's output contains the text (fixed string).
expect_output() {
  checks=$((checks + 1))
  printf '%s' "$out" | grep -qF -- "$2" || fail "$1: output lacks '$2'"
}

expect_no_output() {
  checks=$((checks + 1))
  if printf '%s' "$out" | grep -qF -- "$2"; then fail "$1: output has '$2'"; fi
}

# A condition given as a command: `check NAME test -f file`.
check() {
  local name=$1; shift
  checks=$((checks + 1))
  "$@" || fail "$name"
}

# Ends the case: reports its checks and fails when any did.
finish() {
  echo "  $checks checks, $failures failed"
  [ "$failures" -eq 0 ]
}
