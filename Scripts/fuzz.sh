#!/usr/bin/env bash
# Fuzzing with libFuzzer, run by hand (not in CI). Builds one fuzzer per target from Fuzz/<Target>/main.swift with
# `swiftc -sanitize=fuzzer,address`, linked against the AkomaNtoso and TextImport sources compiled with the same
# instrumentation (into .build/fuzz, apart from SwiftPM's builds), seeds each from the project's own data (the AKN
# samples of Tests/Fixtures/akn, the source texts of Corpus/sources), and runs it.
#
#   Scripts/fuzz.sh [--build-only] [--seconds N | --runs N] [TARGET...]     TARGET: AKNParser FRBRURI TextImport
#
# Crashes land in .build/fuzz/<Target>/crash-*; turn each into a regression test in Tests/RobustnessTests.
# Prints one summary line per target: executions, executions per second, crash files.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/.build/fuzz
SECONDS_PER_TARGET=300
RUNS=""
BUILD_ONLY=false
TARGETS=()
while (($#)); do
    case $1 in
    --seconds) SECONDS_PER_TARGET=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --build-only) BUILD_ONLY=true; shift ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) TARGETS+=("$1"); shift ;;
    esac
done
((${#TARGETS[@]})) || TARGETS=(AKNParser FRBRURI TextImport)

YAMS=$ROOT/.build/checkouts/Yams
SWIFTC_FLAGS=(-O -g -sanitize=fuzzer,address -parse-as-library -swift-version 6
    -I "$ROOT/Sources/CLibXML2" -Xcc -I/usr/include/libxml2 -I "$YAMS/Sources/CYaml/include" -I "$OUT/modules")
mkdir -p "$OUT/modules" "$OUT/generated"

# Yams (TextImport reads its drafting knowledge through DataFiles, which parses YAML with Yams): SwiftPM's checkout,
# compiled without instrumentation (it is not what is fuzzed), its C part (CYaml) with clang; the modules above it
# see CYaml's module map (SWIFTC_FLAGS) when they load Yams.
yams() {
    local checkout=$YAMS archive=$OUT/modules/libYams.a
    [[ -d $checkout ]] || swift package resolve >&2
    [[ -f $archive ]] && return
    echo "building Yams" >&2
    local objects=$OUT/generated/cyaml
    mkdir -p "$objects"
    for source in "$checkout"/Sources/CYaml/src/*.c; do
        clang -O2 -g -DYAML_DECLARE_STATIC -I "$checkout/Sources/CYaml/include" -c "$source" \
            -o "$objects/$(basename "$source" .c).o"
    done
    mapfile -t sources < <(find "$checkout/Sources/Yams" -name '*.swift' | sort)
    swiftc -O -g -parse-as-library -swift-version 5 -D SWIFT_PACKAGE -module-name Yams -I "$checkout/Sources/CYaml/include" \
        -Xcc -DYAML_DECLARE_STATIC -emit-library -static -emit-module \
        -emit-module-path "$OUT/modules/Yams.swiftmodule" -o "$archive" "${sources[@]}"
    llvm-ar r "$archive" "$objects"/*.o 2>/dev/null
}

# The `Bundle.module` SwiftPM generates for a target with resources: AkomaNtoso's bundled schemas, read in place.
resources() {
    local name=$1 file=$OUT/generated/$1-resources.swift
    cat >"$file.new" <<SWIFT
import Foundation

extension Foundation.Bundle {
    /// Resources read from the source folder (Scripts/fuzz.sh builds outside SwiftPM).
    static let module: Bundle = Bundle(path: "$ROOT/Sources/$name")!
}
SWIFT
    if cmp -s "$file.new" "$file"; then rm "$file.new"; else mv "$file.new" "$file"; fi
    echo "$file"
}

# library NAME DEPENDENCY...: the module's sources as an instrumented static library, rebuilt when a source or a
# dependency's library is newer.
library() {
    local name=$1 archive=$OUT/modules/lib$1.a
    shift
    local sources dependencies=()
    for dependency in "$@"; do dependencies+=("$OUT/modules/lib$dependency.a"); done
    mapfile -t sources < <(find "Sources/$name" -name '*.swift' | sort)
    if [[ -d Sources/$name/Schema ]]; then sources+=("$(resources "$name")"); fi
    if [[ -f $archive ]] && [[ -z $(find "Sources/$name" "${sources[@]}" "${dependencies[@]}" -newer "$archive") ]]; then
        return
    fi
    echo "building $name (instrumented)" >&2
    swiftc "${SWIFTC_FLAGS[@]}" -module-name "$name" -emit-library -static -emit-module \
        -emit-module-path "$OUT/modules/$name.swiftmodule" -o "$archive" "${sources[@]}"
}

# fuzzer TARGET: the harness linked with the libraries.
fuzzer() {
    local target=$1 binary=$OUT/$1/fuzz-$1
    mkdir -p "$OUT/$target"
    echo "building fuzz-$target" >&2
    swiftc "${SWIFTC_FLAGS[@]}" -module-name "Fuzz$target" -L "$OUT/modules" -lTextImport -lDataFiles -lAkomaNtoso -lYams -lxml2 \
        -use-ld=lld -o "$binary" "$ROOT/Fuzz/$target/main.swift"
}

# seed TARGET: a corpus folder of real inputs (Tests/Fixtures/akn/samples, Corpus/sources).
seed() {
    local target=$1 corpus=$OUT/$1/corpus
    mkdir -p "$corpus"
    [[ -n $(ls -A "$corpus") ]] && return
    case $target in
    AKNParser) find Tests/Fixtures/akn/samples -name '*.xml' -size -300k -exec cp {} "$corpus/" \; ;;
    FRBRURI) grep -rhoE '/akn/[^"< ]+' Tests/Fixtures/akn/samples | sort -u | head -500 |
        awk -v d="$corpus" '{f = sprintf("%s/uri-%04d", d, NR); printf "%s", $0 > f; close(f)}' ;;
    TextImport) cp Corpus/sources/*/*.txt "$corpus/" ;;
    esac
}

yams
library AkomaNtoso
library DataFiles AkomaNtoso Yams
library TextImport AkomaNtoso DataFiles
for target in "${TARGETS[@]}"; do fuzzer "$target"; done
$BUILD_ONLY && exit 0

for target in "${TARGETS[@]}"; do
    seed "$target"
    dir=$OUT/$target
    limit=(-max_total_time="$SECONDS_PER_TARGET")
    [[ -n $RUNS ]] && limit=(-runs="$RUNS")
    max_len=8192
    [[ $target == FRBRURI ]] && max_len=512
    # The importer costs time per line: short inputs (a header and a few articles) keep it at several hundred
    # runs a second under ASan.
    [[ $target == TextImport ]] && max_len=2048
    # -rss_limit_mb and -timeout make a memory blow-up or a hang count as a crash too.
    set +e
    # SWIFT_BACKTRACE off: Swift's crash backtracer reads the stack in a way ASan reports as an error of its own.
    # Fuzz/lsan.supp: process-lifetime constants are not leaks.
    # LEXALIGN_MAPPINGS: the importer's drafting knowledge (Mappings/languages, Mappings/traditions).
    (cd "$dir" && LEXALIGN_MAPPINGS=$ROOT/Mappings SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$ROOT/Fuzz/lsan.supp ./fuzz-"$target" corpus -max_len=$max_len -rss_limit_mb=2048 -timeout=10 "${limit[@]}" \
        -print_final_stats=1 >"$dir/log.txt" 2>&1)
    status=$?
    set -e
    executions=$(awk "/stat::number_of_executed_units/ {print \$2}" "$dir/log.txt")
    rate=$(awk "/stat::average_exec_per_sec/ {print \$2}" "$dir/log.txt")
    crashes=$(find "$dir" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
    echo "$target: ${executions:-?} executions (${rate:-?}/s), $crashes crash/timeout/oom file(s), exit $status"
done
