#!/bin/bash
# The suite under load: N consecutive `make test` runs in a fresh clone of this repository while
# stress-ng keeps one core busy (at the same priority as the tests), each run's time, exit code
# and pytest summary appended to a log. Used to check "20 consecutive runs green on a busy
# 2-core machine" (issue 12). Needs stress-ng (Debian: apt install stress-ng).
#
#   scripts/soak_tests.sh [RUNS] [COMMIT]      (defaults: 20, HEAD)
#
# The clone is /tmp/roleplay-soak (replaced); the log is /tmp/roleplay-soak.log, one line a run.
set -u
runs=${1:-20}
commit=${2:-HEAD}
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
clone=/tmp/roleplay-soak
log=/tmp/roleplay-soak.log
rm -rf "$clone"
git clone -q "$repo" "$clone"
git -C "$clone" checkout -q "$(git -C "$repo" rev-parse "$commit")"
echo "soak of $(git -C "$clone" rev-parse --short HEAD), $runs runs, stress-ng --cpu 1, $(nproc) cores" >> "$log"
cd "$clone" || exit 1
export CI=true
stress-ng --cpu 1 --quiet &
hog=$!
trap 'kill $hog' EXIT
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  make test > "$clone/run-$i.log" 2>&1
  rc=$?
  end=$(date +%s)
  summary=$(grep -E '[0-9]+ passed' "$clone/run-$i.log" | tail -1)
  echo "run $i rc=$rc seconds=$((end - start)) load=$(cut -d' ' -f1-3 /proc/loadavg) $summary" >> "$log"
done
echo "done" >> "$log"
