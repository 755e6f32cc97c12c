#!/usr/bin/env bash
# How fast SQLite alone writes what an import of a generated feed writes (see Tools/sql/feed-import-floor.sql),
# next to our import of the same feed into the same directory, in one run: the lower bound for any import of
# those items into this schema on this machine.
#
# usage: Tools/feed-import-floor.sh DIR     (a directory written by sanctuary-datagen --feed-items, such as
#                                             Tools/compare-feeds.sh's WORK/full)
set -euo pipefail
dir=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --package-path "$root" --product sanctuary >/dev/null
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
