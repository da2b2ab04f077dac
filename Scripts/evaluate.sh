#!/usr/bin/env bash
# Scores lexalign's mapper on the development gold set (Tests/Fixtures/gold) over every law in Corpus/, then times
# the mapping of the whole Corpus. Release build. Usage: Scripts/evaluate.sh [GOLD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
gold="${1:-Tests/Fixtures/gold}"

swift build -c release --product lexalign >/dev/null
bin="$(swift build -c release --show-bin-path)/lexalign"
mapfile -t laws < <(find Corpus -name '*.xml' -not -path 'Corpus/instruments/*' | sort)

echo "== pair-level evaluation against $gold (${#laws[@]} Corpus documents)"
"$bin" evaluate --gold "$gold" "${laws[@]}"

echo
echo "== mapping the whole Corpus (release)"
"$bin" map --timings --format json "${laws[@]}" >/dev/null
