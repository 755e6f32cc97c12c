#!/usr/bin/env bash
# How fast SQLite alone writes what an import of a generated feed writes (see Tools/sql/feed-import-floor.sql),
# next to our import of the same feed into the same directory, in one run: the lower bound for any import of
# those items into this schema on this machine. Then the same edges inserted a statement each, as the import
# writes them, from Python's sqlite3: what SQLite charges per statement.
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

# The edges again, one statement per edge as the import writes them, into another copy of the directory (its
# entities and claims copied set-wise first, for the foreign keys): what a statement per row costs SQLite.
cp "$work/base.sqlite" "$work/rows.sqlite"
python3 - "$work/rows.sqlite" "$work/imported.sqlite" "$source" "$last" <<'PY'
import sqlite3, sys, time
path, imported, source, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
db = sqlite3.connect(path, isolation_level=None)
for pragma in ("foreign_keys = ON", "synchronous = NORMAL", "cache_size = -65536"):
    db.execute("PRAGMA " + pragma)
db.execute("ATTACH ? AS imported", (imported,))
db.execute("BEGIN")
db.execute("INSERT INTO sources SELECT * FROM imported.sources WHERE id = ?", (source,))
db.execute("INSERT INTO runs SELECT * FROM imported.runs WHERE source_id = ?", (source,))
db.execute("INSERT INTO entities SELECT * FROM imported.entities WHERE id > ?", (last,))
db.execute("INSERT INTO claims SELECT * FROM imported.claims WHERE source_id = ?", (source,))
edges = db.execute(
    "SELECT src, relation, dst, source_id, first_run FROM imported.edges WHERE source_id = ? ORDER BY src",
    (source,)).fetchall()
start = time.perf_counter()
for edge in edges:
    db.execute("INSERT OR IGNORE INTO edges (src, relation, dst, source_id, first_run, last_run) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?5)", edge)
seconds = time.perf_counter() - start
db.execute("COMMIT")
print(f"the same {len(edges)} edges a statement each: {seconds:.2f} s, {seconds / len(edges) * 1e6:.1f} µs an edge")
PY
