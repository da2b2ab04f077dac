#!/usr/bin/env bash
# Parse benchmark, run by hand (not in CI): wall time and peak memory of `lexalign inspect` (release build) vs
# `xmllint --noout --stream` and vs cobalt (lxml) loading and walking the same file, on the 1 MB UK sample and
# generated 5 MB and 100 MB acts. Prints a Markdown table (best of $RUNS runs each) for Benchmarks/parse.md.
#
# Needs: /usr/bin/time (GNU), xmllint (apt libxml2-utils), python3 with cobalt (pip install cobalt).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
BENCH=.build/bench
SAMPLE=../shared/akn/samples/uk-legislation-gov-uk/uk_pga_1998_29.xml

swift build -c release --product lexalign >&2
LEXALIGN=$(swift build -c release --show-bin-path)/lexalign
mkdir -p "$BENCH"
[[ -f $BENCH/act-5mb.xml ]] || Scripts/generate-large-act.py --megabytes 5 --output "$BENCH/act-5mb.xml" >&2
[[ -f $BENCH/act-100mb.xml ]] || Scripts/generate-large-act.py --megabytes 100 --output "$BENCH/act-100mb.xml" >&2

# measure COMMAND...: best wall time (s) over $RUNS runs, and the peak RSS (MiB) of that run as `/usr/bin/time -v`
# reports it. Wall time from bash's microsecond clock: /usr/bin/time's own has only 10 ms resolution.
measure() {
    local best_time="" best_memory=""
    for ((run = 0; run < RUNS; run++)); do
        local start=$EPOCHREALTIME report
        report=$(/usr/bin/time -v "$@" 2>&1 >/dev/null | tail -n 30)
        local wall memory
        wall=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.4f", b - a}')
        memory=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' <<<"$report")
        if [[ -z $best_time ]] || awk "BEGIN {exit !($wall < $best_time)}"; then
            best_time=$wall best_memory=$memory
        fi
    done
    echo "$best_time $best_memory"
}

# cobalt's own timing (load + walk, no interpreter start-up), best of $RUNS.
cobalt_inside() {
    local best=""
    for ((run = 0; run < RUNS; run++)); do
        local seconds
        seconds=$(python3 Scripts/cobalt-walk.py "$1" 2>&1 >/dev/null | awk '/cobalt-seconds/ {print $2}')
        if [[ -z $best ]] || awk "BEGIN {exit !($seconds < $best)}"; then best=$seconds; fi
    done
    echo "$best"
}

echo "| file | size | lexalign inspect | xmllint --stream | ratio | lexalign peak RSS | RSS / size | cobalt (process) | cobalt (load+walk) | cobalt / lexalign |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for file in "$SAMPLE" "$BENCH/act-5mb.xml" "$BENCH/act-100mb.xml"; do
    size_mib=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.1f", b / 1048576}')
    read -r lexalign_time lexalign_memory < <(measure "$LEXALIGN" inspect --format json "$file")
    read -r xmllint_time xmllint_memory < <(measure xmllint --noout --stream "$file")
    read -r cobalt_time cobalt_memory < <(measure python3 Scripts/cobalt-walk.py "$file")
    cobalt_load=$(cobalt_inside "$file")
    awk -v f="$(basename "$file")" -v s="$size_mib" -v lt="$lexalign_time" -v lm="$lexalign_memory" \
        -v xt="$xmllint_time" -v xm="$xmllint_memory" -v ct="$cobalt_time" -v cm="$cobalt_memory" -v cl="$cobalt_load" \
        'BEGIN {
            printf "| %s | %s MiB | %.3f s | %.3f s (%s MiB) | %.2fx | %s MiB | %.2fx | %.3f s (%s MiB) | %.3f s | %.1fx |\n",
                f, s, lt, xt, xm, (xt > 0 ? lt / xt : 0), lm, lm / s, ct, cm, cl, (lt > 0 ? ct / lt : 0)
        }'
done
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo); $(xmllint --version 2>&1 | head -1); $(swift --version 2>&1 | head -1); cobalt $(python3 -c 'import importlib.metadata as m; print(m.version("cobalt"))')"
