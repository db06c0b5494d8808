#!/usr/bin/env bash
# The hostile suite: replays, against a built `trellis`, the inputs and file tricks that once
# crashed it or lost data (Tests/Hostile/README.md). Usage: run.sh PATH-TO-TRELLIS [CASE...]
# Each case file in cases/ runs in a fresh temporary folder, removed afterwards.
set -u
here=$(cd "$(dirname "$0")" && pwd)
trellis=${1:?usage: run.sh PATH-TO-TRELLIS [CASE...]}
shift
[ -x "$trellis" ] || { echo "hostile: no program at $trellis"; exit 1; }
trellis=$(cd "$(dirname "$trellis")" && pwd)/$(basename "$trellis")
if [ $# -gt 0 ]; then cases=("$@"); else cases=("$here"/cases/*.sh); fi
root=$(mktemp -d "${TMPDIR:-/tmp}/trellis-hostile.XXXXXX")
trap 'rm -rf "$root"' EXIT
failed=()
started=$(date +%s)
for file in "${cases[@]}"; do
  name=$(basename "$file" .sh)
  echo "== $name"
  mkdir -p "$root/$name"
  if ! TRELLIS="$trellis" WORK="$root/$name" bash "$file"; then failed+=("$name"); fi
done
echo "hostile: ${#cases[@]} case files, ${#failed[@]} failed ($(( $(date +%s) - started )) s)${failed[*]:+: ${failed[*]}}"
[ ${#failed[@]} -eq 0 ]
