#!/usr/bin/env bash
# How fast SQLite alone builds Sanctuary's tables from a generated organization list, set-wise (see
# Tools/sql/set-based-floor.sql), next to sqlite3's plain `.import --csv` of the same file: the lower bound
# for any import into this schema on this machine.
#
# usage: Tools/set-based-floor.sh LIST     (a list written by sanctuary-datagen)
set -euo pipefail
list=$1
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
swift build -q -c release --package-path "$root" --product sanctuary
"$root/.build/release/sanctuary" stats --db "$work/floor.sqlite" >/dev/null
sed "s|:list|$list|" "$root/Tools/sql/set-based-floor.sql" >"$work/floor.sql"
/usr/bin/time -f "set-based into the schema: %e s, peak %M KB" \
    sqlite3 "$work/floor.sqlite" <"$work/floor.sql" 2>&1 | grep -Ev "expected [0-9]+ columns"
/usr/bin/time -f "sqlite3 .import --csv:     %e s, peak %M KB" \
    sqlite3 "$work/plain.sqlite" ".import --csv $list plain" 2>&1 | grep -Ev "expected [0-9]+ columns"
rm -rf "$work"
