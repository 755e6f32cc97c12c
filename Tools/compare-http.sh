#!/usr/bin/env bash
# Serves one 1,000,000-organization directory with `sanctuary serve` and with Datasette (the same file, its
# FTS table through SQL, as a person would publish it), loads each in turn with wrk on 127.0.0.1 (64 connections,
# DURATION seconds, a search word per request from Tools/load/terms.lua), then loads `sanctuary serve` again
# while `sanctuary import` writes 20,000 new rows into the same database, and prints requests per second,
# p99 and errors side by side, with the ratio.
#
# usage: Tools/compare-http.sh [DURATION]     (default 20 seconds)
# Needs wrk (Debian: apt-get install wrk) and datasette (PyPI: pip install datasette; DATASETTE=its path).
# WORK=DIR keeps the generated lists and the database, which are made once (about ten minutes).
set -euo pipefail
duration=${1:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/sanctuary-http}
datasette=${DATASETTE:-datasette}
mkdir -p "$work"

swift build -q -c release --package-path "$root" --product sanctuary
swift build -q -c release --package-path "$root/Tools/Benchmarks" --product sanctuary-datagen
sanctuary="$root/.build/release/sanctuary"
datagen="$root/Tools/Benchmarks/.build/release/sanctuary-datagen"
database="$work/search-1m.sqlite"

if [ ! -f "$database" ]; then
    echo "making the directory: 1,000,000 generated organizations, imported once"
    "$datagen" --rows 1000000 --seed 42 --feed-items 0 --out "$work/million" >/dev/null
    "$sanctuary" import "$work/million/organizations.csv" --db "$database" --json >"$work/import.json" || [ $? -eq 2 ]
fi
"$datagen" --rows 20000 --seed 7 --feed-items 0 --out "$work/more" >/dev/null

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
# Waits until something answers on the port.
ready() {
    for _ in $(seq 1 120); do
        curl -s -o /dev/null "http://127.0.0.1:$1/" && return
        sleep 1
    done
}
"$sanctuary" serve --db "$database" --port 8181 --time-limit 30 >/dev/null 2>"$work/serve.log" &
pids+=($!)
ready 8181

# The same question of both: 20 entities whose text has a word starting so, best first. Ours: every word in a
# name first, then the rest, each in id order; Datasette's: the SQL a publisher would write, by bm25 rank. And
# Datasette once more without ranking, in FTS5's own order, to show what ranking alone costs it.
ours='/v1/entities?q=%s'
select="/search-1m.json?_shape=array&sql=select+e.id,e.kind,e.name,e.country+from+entity_text+join+entities+e+on+e.id=entity_text.rowid+where+entity_text+match+%%27%s*%%27"
peer="$select+order+by+rank+limit+20"
peer_unranked="$select+limit+20"

# Runs wrk for the duration, keeping its report in WORK/wrk-NAME.txt; prints "requests/s p99 errors" (p99
# "-" when wrk timed out every request it measured).
load() {
    local name=$1 url=$2 pattern=$3
    PATTERN=$pattern wrk -t2 -c64 -d"${duration}s" --timeout 10s --latency -s "$root/Tools/load/terms.lua" "$url" \
        >"$work/wrk-$name.txt"
    python3 - "$work/wrk-$name.txt" <<'PYTHON'
import re, sys
text = open(sys.argv[1]).read()
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
scale = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors += int(non2xx.group(1)) if non2xx else 0
p99 = float(p99.group(1)) * scale
print(f"{rate:.0f} {p99:.1f} {errors}" if p99 > 0 else f"{rate:.0f} - {errors}")
PYTHON
}

# One warm-up pass each, so that both find the file in the system's cache. Datasette runs only for its own
# turn: its SQL threads go on with the queries wrk gave up on, which would take the cores from the next run.
load warm-ours http://127.0.0.1:8181 "$ours" >/dev/null
read -r our_rate our_p99 our_errors < <(load ours http://127.0.0.1:8181 "$ours")
"$datasette" serve "$database" --port 8182 --setting sql_time_limit_ms 30000 --setting num_sql_threads 3 \
    >/dev/null 2>"$work/datasette.log" &
datasette_pid=$!
pids+=($datasette_pid)
ready 8182
load warm-unranked http://127.0.0.1:8182 "$peer_unranked" >/dev/null
read -r unranked_rate unranked_p99 unranked_errors < <(load unranked http://127.0.0.1:8182 "$peer_unranked")
load warm-datasette http://127.0.0.1:8182 "$peer" >/dev/null
read -r peer_rate peer_p99 peer_errors < <(load datasette http://127.0.0.1:8182 "$peer")
kill "$datasette_pid"
wait "$datasette_pid" 2>/dev/null || true

"$sanctuary" import "$work/more/organizations.csv" --db "$database" --source "more-$(date +%s)" --json \
    >"$work/import-during.json" 2>&1 &
importer=$!
read -r during_rate during_p99 during_errors < <(load during-import http://127.0.0.1:8181 "$ours")
import_status=0
wait "$importer" || import_status=$?

printf '%-42s %10s %10s %8s\n' "" "requests/s" "p99 ms" "errors"
printf '%-42s %10s %10s %8s\n' "sanctuary serve, /v1/entities?q=WORD" "$our_rate" "$our_p99" "$our_errors"
printf '%-42s %10s %10s %8s\n' "datasette, FTS through SQL" "$peer_rate" "$peer_p99" "$peer_errors"
printf '%-42s %10s %10s %8s\n' "datasette, the same without ranking" "$unranked_rate" "$unranked_p99" \
    "$unranked_errors"
printf '%-42s %10s %10s %8s\n' "sanctuary serve, during a 20k-row import" "$during_rate" "$during_p99" "$during_errors"
python3 -c "print(f'ratio: {$our_rate / $peer_rate:.1f}x datasette\'s requests per second, \
{$our_rate / $unranked_rate:.1f}x without its ranking')"
echo "import during the load: exit $import_status (2: it rejected the generator's planted bad rows)"
