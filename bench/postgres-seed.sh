#!/usr/bin/env bash
# Seeds subgraphs into fresh PostgreSQL databases and reports, per subgraph: rows, wall time, the seed
# process's CPU and peak RSS, its PostgreSQL backends' CPU, and pg_database_size.
#
#   bench/postgres-seed.sh [--scale city] [--parallel N] [--dist] [--server postgres://postgres@127.0.0.1:5432] [--prefix pgseed_] [subgraph…]
#
# --dist runs the compiled seeds in dist/ (`npm run build` first), as `npm start` does; else the sources through swc.
# --parallel 2 runs two seeds at a time, as `npm start` does on a 2-core machine (one per core);
# --parallel 1 one after another. Databases `<prefix><subgraph>` are dropped and recreated first and
# left in place for inspection (drop them yourself). Prefix commands with `nice -n 19` on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=demo parallel=1 dist=0 server=postgres://postgres@127.0.0.1:5432 prefix=pgseed_
names=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) scale=$2; shift 2 ;;
    --parallel) parallel=$2; shift 2 ;;
    --server) server=$2; shift 2 ;;
    --prefix) prefix=$2; shift 2 ;;
    --dist) dist=1; shift ;;
    *) names+=("$1"); shift ;;
  esac
done
[[ ${#names[@]} -gt 0 ]] || names=(grids party property elderly mediation)
out=$(mktemp -d)
psql_() { psql "$server/postgres" -qAtX -v ON_ERROR_STOP=1 "$@"; }

# Sums utime + stime (seconds) of every backend ever seen on the database, sampled each second.
watch_backends() {
  local db=$1 file=$2
  declare -A ticks=()
  while :; do
    for pid in $(psql_ -c "select pid from pg_stat_activity where datname = '$db'" 2>/dev/null); do
      local stat
      stat=$(cut -d' ' -f14,15 "/proc/$pid/stat" 2>/dev/null) || continue
      ticks[$pid]=$(( ${stat% *} + ${stat#* } ))
    done
    local sum=0
    for t in "${ticks[@]}"; do sum=$(( sum + t )); done
    echo "$sum" > "$file"
    sleep 1
  done
}

seed_one() {
  local name=$1 db=$prefix$1
  local upper=${name^^}
  local script=(node -r @swc-node/register "subgraphs/$name/seed.ts")
  (( dist )) && script=(node "dist/subgraphs/$name/seed.js")
  psql_ -c "drop database if exists $db" 2>/dev/null -c "create database $db"
  watch_backends "$db" "$out/$name.backend" &
  local watcher=$!
  local start=$(date +%s.%N)
  env "${upper}_DATABASE_URL=$server/$db" /usr/bin/time -f '%U %S %M' -o "$out/$name.time" \
    "${script[@]}" --scale "$scale" > "$out/$name.log" 2>&1 \
    || { echo "$name failed:"; tail -5 "$out/$name.log"; }
  local end=$(date +%s.%N)
  sleep 1.5
  kill "$watcher" 2>/dev/null || true
  wait "$watcher" 2>/dev/null || true
  local rows
  rows=$(grep -o '"rows":[0-9]*' "$out/$name.log" | tail -1 | cut -d: -f2 || true)
  read -r user sys rss < <(tail -1 "$out/$name.time")
  local size
  size=$(psql_ -c "select pg_database_size('$db') / 1048576")
  printf '%-10s rows %9s  wall %7.1f s  seed CPU %6.1f s user + %5.1f s sys  peak RSS %5d MB  backend CPU %6.1f s  size %5d MB\n' \
    "$name" "${rows:-?}" "$(echo "$end - $start" | bc)" "$user" "$sys" "$((rss / 1024))" \
    "$(echo "scale=1; $(cat "$out/$name.backend") / 100" | bc)" "$size"
}

echo "scale $scale, $parallel at a time, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M:%S) UTC"
started=$(date +%s.%N)
running=0
for name in "${names[@]}"; do
  seed_one "$name" &
  running=$((running + 1))
  if (( running >= parallel )); then wait -n; running=$((running - 1)); fi
done
wait
printf 'all: %.1f s wall, load average %s, %s UTC\n' "$(echo "$(date +%s.%N) - $started" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(date -u +%H:%M:%S)"
rm -rf "$out"
