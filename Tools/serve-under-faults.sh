#!/usr/bin/env bash
# Loads `sanctuary serve` (the demo directory, on 127.0.0.1) with wrk for DURATION seconds while, at the
# same time, `sanctuary import` writes 20,000 new organizations into the database it serves, and
# Tools/load/faults.py sends oversized headers and bodies, slow clients that trickle their requests a byte
# at a time, and malformed requests and query parameters. Samples the server's resident memory throughout.
#
# usage: Tools/serve-under-faults.sh [DURATION]     (default 30 seconds; CONFIGURATION=debug for a debug build)
# Needs wrk (Debian: apt-get install wrk) and python3. Exit status 1 when a well-formed request was not
# answered with a 2xx, a fault got anything but its 4xx (or a slow client no answer), the server died, or
# its memory passed MAX_RSS_MB (default 512).
set -euo pipefail
duration=${1:-30}
configuration=${CONFIGURATION:-release}
max_rss_mb=${MAX_RSS_MB:-512}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
port=${PORT:-8183}

swift build -q -c "$configuration" --package-path "$root" --product sanctuary
sanctuary="$(swift build -c "$configuration" --package-path "$root" --show-bin-path)/sanctuary"
"$sanctuary" demo --no-serve --db "$work/demo.sqlite" --json >/dev/null
python3 - "$work/more.csv" <<'PYTHON'
import sys
with open(sys.argv[1], "w") as out:
    out.write("name,city,country,themes,website\n")
    for n in range(20000):
        out.write(f"Solidarity group {n},Mexico City,MX,migration;housing,https://group{n}.example.org\n")
PYTHON

"$sanctuary" serve --db "$work/demo.sqlite" --port "$port" >/dev/null 2>"$work/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.2; done

# The server's resident memory, every 0.2 s, until it ends.
(while [ -e "/proc/$server/status" ]; do awk '/VmRSS/ {print $2}' "/proc/$server/status"; sleep 0.2; done) \
    >"$work/rss.txt" 2>/dev/null &
sampler=$!

wrk -t2 -c32 -d"${duration}s" --timeout 10s --latency -s "$root/Tools/load/mix.lua" "http://127.0.0.1:$port" \
    >"$work/wrk.txt" &
load=$!
sleep 1
"$sanctuary" import "$work/more.csv" --kind organization --db "$work/demo.sqlite" --json >"$work/import.json" &
importer=$!
python3 "$root/Tools/load/faults.py" "$port" "$((duration - 2))" >"$work/faults.json"
wait "$load"
import_status=0
wait "$importer" || import_status=$?
health=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/health" || true)
kill "$server"
wait "$server" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true

python3 - "$work" "$import_status" "$health" "$max_rss_mb" <<'PYTHON'
import json, re, sys
work, import_status, health, limit = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
wrk = open(f"{work}/wrk.txt").read()
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
total = int(re.search(r"(\d+) requests in", wrk).group(1))
p99 = re.search(r"99%\s+([\d.]+\w+)", wrk).group(1)
socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", wrk))
non2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", wrk) or [0, 0])[1])
faults = json.load(open(f"{work}/faults.json"))
rss = [int(line) for line in open(f"{work}/rss.txt") if line.strip().isdigit()]
imported = json.load(open(f"{work}/import.json"))
print(f"wrk: {total} well-formed requests, {rate:.0f}/s, p99 {p99}, {non2xx} not 2xx, {socket_errors} socket errors")
print(f"import while serving: exit {import_status}, {imported.get('added')} added")
for kind, statuses in sorted(faults["sent"].items()):
    answers = ", ".join(f"{count} x {status}" for status, count in sorted(statuses.items()))
    print(f"{kind}: {answers}")
print(f"unexpected answers to faults: {faults['unexpected_count']} {faults['unexpected']}")
print(f"server memory (VmRSS): {rss[0] / 1024:.1f} MB at start, {max(rss) / 1024:.1f} MB at most, "
      f"{rss[-1] / 1024:.1f} MB at the end ({len(rss)} samples); /health afterwards: {health}")
ok = (non2xx == 0 and socket_errors == 0 and faults["unexpected_count"] == 0 and import_status == 0
      and health == "200" and max(rss) / 1024 < limit)
print("ok" if ok else "FAILED")
sys.exit(0 if ok else 1)
PYTHON
