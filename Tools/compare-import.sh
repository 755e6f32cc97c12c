#!/usr/bin/env bash
# Imports the same generated organization list with `sanctuary import` (into a new database that holds only the gazetteer, then again into
# the full one) and with sqlite3's `.import --csv` into a plain table, in one go, and prints the times, the
# peak memory of each, and the ratios. Also checks that the import rejected exactly the bad rows the
# generator planted, and that the re-import added and updated nothing.
#
# usage: Tools/compare-import.sh [ROWS] [SEED]     (defaults: 100000 rows, seed 42)
# WORK=DIR keeps the generated files and databases in DIR. CONFIGURATION=debug uses debug builds: for the
# checks alone (CI, where the debug build already exists), not for the figures.
set -euo pipefail
rows=${1:-100000}
seed=${2:-42}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"

configuration=${CONFIGURATION:-release}
swift build -q -c "$configuration" --package-path "$root" --product sanctuary
swift build -q -c "$configuration" --package-path "$root/Tools/Benchmarks" --product sanctuary-datagen
sanctuary="$root/.build/$configuration/sanctuary"
datagen="$root/Tools/Benchmarks/.build/$configuration/sanctuary-datagen"

"$datagen" --rows "$rows" --seed "$seed" --feed-items 10 --out "$work" >/dev/null
list="$work/organizations.csv"
planted=$(python3 -c "import json; print(json.load(open('$work/summary.json'))['badRows'])")
megabytes=$(python3 -c "import os; print(round(os.path.getsize('$list') / 1e6, 1))")

# Runs a command under /usr/bin/time, its output into the file named first; prints "seconds peak-KB".
measure() {
    local output=$1
    shift
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$output" 2>/dev/null || true
    tail -n 1 "$work/time.txt"
}

rm -f "$work"/plain.sqlite* "$work"/ours.sqlite*
read -r sqlite1 sqlite1_kb < <(measure /dev/null sqlite3 "$work/plain.sqlite" ".import --csv $list plain")
# The database is made first, with its gazetteer (measured apart: GazetteerBenchmarks), as a user's would be.
"$sanctuary" stats --db "$work/ours.sqlite" >/dev/null
read -r fresh fresh_kb < <(measure "$work/fresh.json" \
    "$sanctuary" import "$list" --kind organization --db "$work/ours.sqlite" --json)
read -r again again_kb < <(measure "$work/reimport.json" \
    "$sanctuary" import "$list" --kind organization --db "$work/ours.sqlite" --json)
rm -f "$work"/plain.sqlite*
read -r sqlite2 sqlite2_kb < <(measure /dev/null sqlite3 "$work/plain.sqlite" ".import --csv $list plain")

python3 - "$work" "$rows" "$megabytes" "$planted" "$sqlite1" "$sqlite2" "$fresh" "$fresh_kb" "$again" "$again_kb" \
    "$sqlite1_kb" <<'PY'
import json, sys
work, rows, mb, planted = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
sqlite1, sqlite2, fresh, fresh_kb, again, again_kb, sqlite_kb = map(float, sys.argv[5:])
sqlite = (sqlite1 + sqlite2) / 2
# /usr/bin/time counts hundredths of a second: a small list can take the peer less than one.
def ratio(seconds):
    return f"ratio {seconds / sqlite:5.1f}x" if sqlite > 0 else "ratio n/a (the peer took under 0.01 s)"
first = json.load(open(f"{work}/fresh.json"))
second = json.load(open(f"{work}/reimport.json"))
print(f"rows {rows}, {mb} MB, {planted} bad rows planted")
print(f"sqlite3 .import --csv      {sqlite:8.2f} s  ({sqlite1:.2f} and {sqlite2:.2f})  peak {sqlite_kb / 1024:6.1f} MB")
print(f"sanctuary import, new db   {fresh:8.2f} s  {rows / fresh:9.0f} rows/s  {mb / fresh:6.1f} MB/s  "
      f"peak {fresh_kb / 1024:6.1f} MB  {ratio(fresh)}")
print(f"sanctuary import, again    {again:8.2f} s  {rows / again:9.0f} rows/s  {mb / again:6.1f} MB/s  "
      f"peak {again_kb / 1024:6.1f} MB  {ratio(again)}")
print(f"rejected {len(first['rejected'])} (planted {planted}); "
      f"again: added {second['added']}, updated {second['updated']}, unchanged {second['unchanged']}")
ok = len(first["rejected"]) == planted and second["added"] == 0 and second["updated"] == 0
print("checks: " + ("ok" if ok else "FAILED"))
sys.exit(0 if ok else 1)
PY
