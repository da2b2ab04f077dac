#!/usr/bin/env bash
# Reading benchmark, run by hand (not in CI): parsing AKN files into trees and collecting their provisions, on one
# thread and apart from mapping, as `map` and `report` read a corpus. Scripts/bench-reading/main.swift is compiled
# against the AkomaNtoso sources with `swiftc -O` (outside SwiftPM, as Scripts/fuzz.sh builds) into
# .build/bench/reading/. With --against REF, the harness is also built on REF's AkomaNtoso (git archive) and the two
# builds run in turn; both must print the same checksum of what they read. Prints the best of N runs of each step.
#
#   Scripts/bench-reading.sh [--runs N] [--against REF] [FILE...]
#
# Without files: the 1,000 synthetic laws of Scripts/bench (.build/bench/scale/akn-1000), else Corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/.build/bench/reading
RUNS=5
AGAINST=""
FILES=()
while (($#)); do
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --against) AGAINST=$2; shift 2 ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) FILES+=("$1"); shift ;;
    esac
done
if ((${#FILES[@]} == 0)); then
    folder=.build/bench/scale/akn-1000
    [[ -d $folder ]] || folder=Corpus
    mapfile -t FILES < <(find "$folder/" -name '*.xml' -not -path '*/instruments/*' | sort)
fi

# build LABEL SOURCES: the harness linked with the AkomaNtoso module compiled from SOURCES (a Sources/AkomaNtoso).
build() {
    local label=$1 sources=$2 dir=$OUT/$1
    mkdir -p "$dir"
    cat >"$dir/resources.swift" <<SWIFT
import Foundation

extension Foundation.Bundle {
    static let module: Bundle = Bundle(path: "$sources")!
}
SWIFT
    local files
    mapfile -t files < <(find "$sources" -name '*.swift' | sort)
    swiftc -O -parse-as-library -swift-version 6 -I "$ROOT/Sources/CLibXML2" -Xcc -I/usr/include/libxml2 \
        -module-name AkomaNtoso -emit-library -static -emit-module -emit-module-path "$dir/AkomaNtoso.swiftmodule" \
        -o "$dir/libAkomaNtoso.a" "${files[@]}" "$dir/resources.swift"
    swiftc -O -parse-as-library -swift-version 6 -I "$ROOT/Sources/CLibXML2" -Xcc -I/usr/include/libxml2 -I "$dir" \
        -L "$dir" -lAkomaNtoso -lxml2 -o "$dir/bench-reading" "$ROOT/Scripts/bench-reading/main.swift"
}

echo "building the harness on the working tree's AkomaNtoso" >&2
build current "$ROOT/Sources/AkomaNtoso"
builds=(current)
if [[ -n $AGAINST ]]; then
    echo "building the harness on $AGAINST's AkomaNtoso" >&2
    rm -rf "$OUT/ref-src" && mkdir -p "$OUT/ref-src"
    git archive "$AGAINST" Sources/AkomaNtoso | tar -x -C "$OUT/ref-src"
    build reference "$OUT/ref-src/Sources/AkomaNtoso"
    builds=(reference current)
fi

declare -A best
for ((run = 0; run < RUNS; run++)); do
    for label in "${builds[@]}"; do
        line=$("$OUT/$label/bench-reading" "${FILES[@]}")
        read -r _ parse _ provisions _ free _ files _ count _ bytes _ checksum <<<"$line"
        total=$(awk -v a="$parse" -v b="$provisions" -v c="$free" 'BEGIN {printf "%.3f", a + b + c}')
        for step in parse provisions free total; do
            value=${!step}
            key=$label.$step
            if [[ -z ${best[$key]:-} ]] || awk "BEGIN {exit !($value < ${best[$key]})}"; then best[$key]=$value; fi
        done
        best[$label.checksum]=$checksum
        best[$label.count]="$files files, $count provisions, $bytes bytes of provision text"
    done
done

echo "Reading ${best[current.count]}; best of $RUNS runs, one thread; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| build | parse | provisions | free the trees | total | checksum |"
echo "|---|---|---|---|---|---|"
for label in "${builds[@]}"; do
    name=$label
    [[ $label == reference ]] && name=$AGAINST
    [[ $label == current ]] && name="working tree ($(git rev-parse --short HEAD))"
    echo "| $name | ${best[$label.parse]} s | ${best[$label.provisions]} s | ${best[$label.free]} s | ${best[$label.total]} s | ${best[$label.checksum]} |"
done
if [[ -n $AGAINST && ${best[reference.checksum]} != "${best[current.checksum]}" ]]; then
    echo "the two builds read different provisions" >&2
    exit 1
fi
