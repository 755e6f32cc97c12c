#!/usr/bin/env bash
# How fast SQLite alone writes what an import of a generated feed writes (see Tools/sql/feed-import-floor.sql),
# next to our import of the same feed into the same directory, in one run: the lower bound for any import of
# those items into this schema on this machine. Then the same entities, claims and edges inserted a row a
# statement and 64 rows a statement, from Python's sqlite3: what SQLite charges per statement.
#
# usage: Tools/feed-import-floor.sh DIR     (a directory written by sanctuary-datagen --feed-items, such as
#                                             Tools/compare-feeds.sh's WORK/full)
set -euo pipefail
dir=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -q -c release --package-path "$root" --product sanctuary
sanctuary="$root/.build/release/sanctuary"

# The directory the articles go into: the generated lists, which the items mention.
for list in city:cities campaign:campaigns organization:organizations; do
    "$sanctuary" import "$dir/${list#*:}.csv" --kind "${list%%:*}" --db "$work/base.sqlite" >/dev/null 2>&1 || true
done
# Everything into the file itself, so that a copy of the file is a copy of the directory.
sqlite3 "$work/base.sqlite" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$work/base.sqlite" "$work/imported.sqlite"
cp "$work/base.sqlite" "$work/floor.sqlite"

/usr/bin/time -f "sanctuary import: %e s, peak %M KB" \
    "$sanctuary" import "$dir/news.rss" --items article --db "$work/imported.sqlite" >/dev/null
last=$(sqlite3 "$work/base.sqlite" "SELECT coalesce(max(id), 0) FROM entities")
source=$(sqlite3 "$work/imported.sqlite" "SELECT id FROM sources WHERE name = 'news.rss'")
sed -e "s|:imported|$work/imported.sqlite|" -e "s|:source|$source|g" -e "s|:last|$last|g" \
    "$root/Tools/sql/feed-import-floor.sql" >"$work/floor.sql"
/usr/bin/time -f "set-based copy of its rows: %e s, peak %M KB" sqlite3 "$work/floor.sqlite" <"$work/floor.sql"
sqlite3 "$work/floor.sqlite" "SELECT 'copied: ' || count(*) || ' entities' FROM entities WHERE id > $last"

# The run's entities, claims and edges again, written a row a statement (as the import wrote new articles and
# their claims before it held them back), then 64 rows a statement, from Python's sqlite3, into a copy of the directory (what the foreign keys
# need first copied set-wise), rolled back after each: what a statement per row costs SQLite.
cp "$work/base.sqlite" "$work/rows.sqlite"
python3 - "$work/rows.sqlite" "$work/imported.sqlite" "$source" "$last" <<'PY'
import sqlite3, sys, time
path, imported, source, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
db = sqlite3.connect(path, isolation_level=None)
for pragma in ("foreign_keys = ON", "synchronous = NORMAL", "cache_size = -65536"):
    db.execute("PRAGMA " + pragma)
db.execute("ATTACH ? AS imported", (imported,))
copies = {
    "entities": f"SELECT * FROM imported.entities WHERE id > {last} ORDER BY id",
    "claims": f"SELECT * FROM imported.claims WHERE source_id = {source} ORDER BY id",
    "edges": f"SELECT * FROM imported.edges WHERE source_id = {source} ORDER BY src, relation, dst",
}
for table, before in (("entities", []), ("claims", ["entities"]), ("edges", ["entities"])):
    rows = db.execute(copies[table]).fetchall()
    one = "(" + ", ".join("?" * len(rows[0])) + ")"
    timings = []
    for size in (1, 64):
        db.execute("BEGIN")
        db.execute(f"INSERT INTO sources SELECT * FROM imported.sources WHERE id = {source}")
        db.execute(f"INSERT INTO runs SELECT * FROM imported.runs WHERE source_id = {source}")
        for other in before:
            db.execute(f"INSERT INTO {other} {copies[other]}")
        start = time.perf_counter()
        for index in range(0, len(rows), size):
            chunk = rows[index:index + size]
            db.execute(f"INSERT INTO {table} VALUES " + ", ".join([one] * len(chunk)), [v for row in chunk for v in row])
        timings.append(time.perf_counter() - start)
        db.execute("ROLLBACK")
    print(f"the same {len(rows)} {table} a statement each: {timings[0]:.2f} s, "
          f"{timings[0] / len(rows) * 1e6:.1f} µs a row; 64 a statement: {timings[1]:.2f} s")
PY
