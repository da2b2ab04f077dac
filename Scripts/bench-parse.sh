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
SAMPLE=Tests/Fixtures/akn/samples/uk-legislation-gov-uk/uk_pga_1998_29.xml

swift build -c release --product lexalign >&2
LEXALIGN=$(swift build -c release --show-bin-path)/lexalign
mkdir -p "$BENCH"
[[ -f $BENCH/act-5mb.xml ]] || Scripts/generate-large-act.py --megabytes 5 --output "$BENCH/act-5mb.xml" >&2
[[ -f $BENCH/act-100mb.xml ]] || Scripts/generate-large-act.py --megabytes 100 --output "$BENCH/act-100mb.xml" >&2

# measure COMMAND...: over $RUNS runs, the best wall time (s) and the peak RSS (MiB) of that run, and the best
# CPU time (user + system, s) as `/usr/bin/time -v` reports them. Wall time from bash's microsecond clock
# (/usr/bin/time's has 10 ms resolution); CPU time is the steadier figure on a shared machine.
measure() {
    local best_time="" best_memory="" best_cpu=""
    for ((run = 0; run < RUNS; run++)); do
        local start=$EPOCHREALTIME report
        report=$(/usr/bin/time -v "$@" 2>&1 >/dev/null | tail -n 30)
        local wall memory cpu
        wall=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.4f", b - a}')
        memory=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' <<<"$report")
        cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' <<<"$report")
        if [[ -z $best_time ]] || awk "BEGIN {exit !($wall < $best_time)}"; then
            best_time=$wall best_memory=$memory
        fi
        if [[ -z $best_cpu ]] || awk "BEGIN {exit !($cpu < $best_cpu)}"; then best_cpu=$cpu; fi
    done
    echo "$best_time $best_memory $best_cpu"
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

echo "| file | size | lexalign inspect: wall / CPU | xmllint --stream: wall / CPU | lexalign / xmllint: wall, CPU | lexalign peak RSS (RSS / size) | xmllint peak RSS | cobalt: process wall / RSS | cobalt: load + walk | cobalt / lexalign (wall) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for file in "$SAMPLE" "$BENCH/act-5mb.xml" "$BENCH/act-100mb.xml"; do
    size_mib=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.1f", b / 1048576}')
    read -r lexalign_time lexalign_memory lexalign_cpu < <(measure "$LEXALIGN" inspect --format json "$file")
    read -r xmllint_time xmllint_memory xmllint_cpu < <(measure xmllint --noout --stream "$file")
    read -r cobalt_time cobalt_memory _ < <(measure python3 Scripts/cobalt-walk.py "$file")
    cobalt_load=$(cobalt_inside "$file")
    awk -v f="$(basename "$file")" -v s="$size_mib" -v lt="$lexalign_time" -v lm="$lexalign_memory" -v lc="$lexalign_cpu" \
        -v xt="$xmllint_time" -v xm="$xmllint_memory" -v xc="$xmllint_cpu" -v ct="$cobalt_time" -v cm="$cobalt_memory" \
        -v cl="$cobalt_load" \
        'BEGIN {
            printf "| %s | %s MiB | %.3f s / %.2f s | %.3f s / %.2f s | %.2fx, %s | %s MiB (%.2fx) | %s MiB | %.3f s / %s MiB | %.3f s | %.1fx |\n",
                f, s, lt, lc, xt, xc, lt / xt, (xc > 0 ? sprintf("%.2fx", lc / xc) : "n/a"), lm, lm / s, xm, ct, cm, cl, ct / lt
        }'
done
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo); $(xmllint --version 2>&1 | head -1); $(swift --version 2>&1 | head -1); cobalt $(python3 -c 'import importlib.metadata as m; print(m.version("cobalt"))')"
