#!/usr/bin/env bash
# Fails when a shipped translation is not current or not complete:
#  - lupdate, run over the sources into a copy, changes the .ts (a string was added, changed
#    or vanished in the code: run `cmake --build build --target update_translations` and
#    translate);
#  - a message is unfinished, vanished or obsolete, or has an empty translation or plural form.
# Offline and quick: lupdate and awk only.
#   check-ts.sh LUPDATE SOURCES_LIST TS_FILE[:OPTION]... -- LUPDATE_OPTIONS...
# OPTION: one more lupdate option for that file (-pluralonly for English's plural forms).
set -euo pipefail
lupdate=$1 sources=$2
shift 2
files=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do files+=("$1"); shift; done
[ $# -gt 0 ] && shift
options=("$@")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for file in "${files[@]}"; do
  shipped=${file%%:*}
  extra=()
  [ "$shipped" != "$file" ] && extra=("${file#*:}")
  lang=$(basename "$shipped" .ts)
  if [ ! -f "$shipped" ]; then
    echo "FAIL $lang: $shipped is missing (SOFTPHONE_LANGUAGES lists it)"
    failed=1
    continue
  fi
  copy="$work/$lang.ts"
  cp "$shipped" "$copy"
  "$lupdate" "${options[@]}" "${extra[@]}" "@$sources" -ts "$copy" >"$work/lupdate.log" 2>&1 \
    || { cat "$work/lupdate.log"; echo "FAIL $lang: lupdate failed"; failed=1; continue; }
  if ! diff -u "$shipped" "$copy" >"$work/diff"; then
    echo "FAIL $lang: not current with the sources; update_translations would change it:"
    head -n 60 "$work/diff"
    failed=1
  fi
  # One record per message: says which ones are not ready to ship, by source text.
  problems=$(awk 'BEGIN { RS = "</message>" }
    /<message/ {
      why = ""
      if ($0 ~ /type="unfinished"/) why = "unfinished"
      else if ($0 ~ /type="(vanished|obsolete)"/) why = "vanished from the code"
      else if ($0 ~ /<translation>[[:space:]]*<\/translation>/ || $0 ~ /<translation\/>/) why = "empty"
      else if ($0 ~ /<numerusform>[[:space:]]*<\/numerusform>/ || $0 ~ /<numerusform\/>/) why = "a plural form is empty"
      if (why != "") {
        source = $0
        sub(/.*<source>/, "", source)
        sub(/<\/source>.*/, "", source)
        print "  " why ": " source
      }
    }' "$shipped")
  if [ -n "$problems" ]; then
    echo "FAIL $lang: messages not ready to ship:"
    echo "$problems"
    failed=1
  fi
  [ "$failed" = 0 ] && echo "ok $lang: current and complete ($(grep -c '<message' "$shipped") messages)"
done
exit "$failed"
