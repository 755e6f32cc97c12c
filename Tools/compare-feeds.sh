#!/usr/bin/env bash
# Reads and imports the same generated RSS feed three ways in one go, and prints the times, the peak memory
# of each, and the ratios: `xmllint --stream --noout` (the floor: libxml2's streaming parse, nothing kept),
# `sanctuary-feedread` (our reader alone: every field, HTML made text, dates parsed, nothing kept),
# `sanctuary import` into a directory of the generated lists (reading, and importing with mentions), and
# Python's feedparser (the common peer) on the first FEEDPARSER_ITEMS items, scaled per item.
#
# The machine is shared and noisy: xmllint and the reader run REPEAT times each (default 3), one after the
# other in turn, and the fastest run of each counts. Times are by the clock; the processor time of the same
# runs is printed too, as our reader parses on one thread and makes each item on another.
#
# usage: Tools/compare-feeds.sh [ITEMS] [SEED]     (defaults: 300000 items, about 290 MB; seed 42)
# Needs xmllint (Debian: libxml2-utils) and feedparser (FEEDPARSER_PYTHON: a python with it installed).
# WORK=DIR keeps the generated files and databases in DIR.
set -euo pipefail
items=${1:-300000}
seed=${2:-42}
slice=${FEEDPARSER_ITEMS:-20000}
repeat=${REPEAT:-3}
python=${FEEDPARSER_PYTHON:-python3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-$(mktemp -d)}
mkdir -p "$work/full" "$work/slice"

swift build -q -c release --package-path "$root" --product sanctuary
swift build -q -c release --package-path "$root/Tools/Benchmarks" --product sanctuary-datagen
swift build -q -c release --package-path "$root/Tools/Benchmarks" --product sanctuary-feedread
sanctuary="$root/.build/release/sanctuary"
datagen="$root/Tools/Benchmarks/.build/release/sanctuary-datagen"
feedread="$root/Tools/Benchmarks/.build/release/sanctuary-feedread"

# The same seed writes the same items first: the slice is the full feed's beginning.
[ -f "$work/full/news.rss" ] || "$datagen" --rows 10000 --seed "$seed" --feed-items "$items" --out "$work/full" >/dev/null
[ -f "$work/slice/news.rss" ] || "$datagen" --rows 10000 --seed "$seed" --feed-items "$slice" --out "$work/slice" >/dev/null
feed="$work/full/news.rss"
megabytes=$("$python" -c "import os; print(round(os.path.getsize('$feed') / 1e6, 1))")

# Runs a command under /usr/bin/time, its output into the file named first; prints "seconds peak-KB
# cpu-seconds" (user and system time, over all its threads).
measure() {
    local output=$1
    shift
    /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >"$output" 2>"$work/stderr.txt" || {
        cat "$work/stderr.txt" >&2
        return 1
    }
    awk 'END { print $1, $2, $3 + $4 }' "$work/time.txt"
}

# The directory the articles are imported into: the generated lists, which the items mention.
rm -f "$work"/directory.sqlite*
"$sanctuary" import "$work/full/cities.csv" --kind city --db "$work/directory.sqlite" >/dev/null 2>&1 || true
"$sanctuary" import "$work/full/campaigns.csv" --kind campaign --db "$work/directory.sqlite" >/dev/null 2>&1 || true
"$sanctuary" import "$work/full/organizations.csv" --kind organization --db "$work/directory.sqlite" >/dev/null 2>&1 || true

# Reads "seconds peak-KB cpu-seconds": keeps the fewest seconds in the variable named first, with that run's
# processor time in the third, and the highest peak in the second.
fastest() {
    local -n seconds=$1 peak=$2 processor=$3
    local time kb cpu
    read -r time kb cpu
    if [ -z "$seconds" ] || awk "BEGIN { exit !($time < $seconds) }"; then seconds=$time processor=$cpu; fi
    if [ -z "$peak" ] || [ "$kb" -gt "$peak" ]; then peak=$kb; fi
}
floor="" floor_kb="" floor_cpu="" parse="" parse_kb="" parse_cpu=""
for _ in $(seq "$repeat"); do
    fastest floor floor_kb floor_cpu < <(measure /dev/null xmllint --stream --noout "$feed")
    fastest parse parse_kb parse_cpu < <(measure "$work/feedread.json" "$feedread" "$feed")
done
read -r import import_kb _ < <(measure "$work/import.json" \
    "$sanctuary" import "$feed" --items article --db "$work/directory.sqlite" --json)
read -r peer peer_kb _ < <(measure "$work/feedparser.txt" "$python" -c "
import feedparser, sys
feed = feedparser.parse(sys.argv[1])
print(len(feed.entries))" "$work/slice/news.rss")

"$python" - "$work" "$items" "$slice" "$megabytes" "$repeat" "$floor" "$floor_kb" "$floor_cpu" "$parse" "$parse_kb" \
    "$parse_cpu" "$import" "$import_kb" "$peer" "$peer_kb" <<'PY'
import json, sys
work, items, slice, mb, repeat = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
floor, floor_kb, floor_cpu, parse, parse_kb, parse_cpu, imported, import_kb, peer, peer_kb = map(float, sys.argv[6:])
read = json.load(open(f"{work}/feedread.json"))
report = json.load(open(f"{work}/import.json"))["files"][0]
peer_items = int(open(f"{work}/feedparser.txt").read())
peer_full = peer / peer_items * items
print(f"{items} items, {mb} MB; xmllint and the reader: the fastest of {repeat} runs each")
print(f"xmllint --stream --noout      {floor:8.2f} s  peak {floor_kb / 1024:6.1f} MB")
print(f"sanctuary-feedread (parse)    {parse:8.2f} s  peak {parse_kb / 1024:6.1f} MB  "
      f"{items / parse:8.0f} items/s  {parse / floor:5.2f}x xmllint")
print(f"  processor time, all threads: ours {parse_cpu:.2f} s, xmllint {floor_cpu:.2f} s "
      f"({parse_cpu / floor_cpu:.2f}x)")
print(f"sanctuary import (+mentions)  {imported:8.2f} s  peak {import_kb / 1024:6.1f} MB  "
      f"{items / imported:8.0f} items/s  {imported / floor:5.1f}x xmllint; "
      f"{report['added']} added, {report['mentions']} mentions")
print(f"feedparser, {peer_items} items     {peer:8.2f} s  peak {peer_kb / 1024:6.1f} MB  "
      f"{peer_items / peer:8.0f} items/s  -> {peer_full:.0f} s for {items} ({peer_full / imported:.1f}x our import)")
ok = read["items"] == items and report["rows"] == items and peer_items == slice
print("checks: " + ("ok" if ok else "FAILED"))
sys.exit(0 if ok else 1)
PY
