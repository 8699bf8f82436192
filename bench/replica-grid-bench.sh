#!/usr/bin/env bash
# RS phase-diagram sweep against a vectorised NumPy peer, and the 1RSB point against its NumPy peer,
# interleaved in one run and repeated, so that both sides see the same machine load.
#   bench/replica-grid-bench.sh          # 200 x 200 grid, 3 repetitions
#   bench/replica-grid-bench.sh 100 1    # 100 x 100, once
# Java: the CLI `sweep` (physical state: retrieval, spin-glass and paramagnetic branches, the AT quantity),
# P = 4, alpha in [0.005, 0.6] x T in [0.01, 1.2], timed as a whole process (JVM start included).
# NumPy: bench/replica_numpy_grid.py (all grid points iterated at once), timed as a whole process too.
# 1RSB: bench/ReplicaBench.java rsb-point against bench/replica_numpy.py rsb-point (in-process timings).
# Prints one line per repetition and the median ratios. Needs toolkit/target/toolkit.jar + lib/
# (mvn -B -q -o -DskipTests package) and python3 with numpy and scipy.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-200}"
REPS="${2:-3}"
[ -f toolkit/target/toolkit.jar ] || mvn -B -q -o -DskipTests package
CP="toolkit/target/toolkit.jar:$(ls toolkit/target/lib/*.jar | tr '\n' ':')"
py=$(bench/python.sh)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
now() { date +%s.%N; }
secs() { sed -n 's/.*seconds=\([0-9.]*\).*/\1/p'; }
echo "cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
grid=() ; rsb=()
for r in $(seq 1 "$REPS"); do
    t0=$(now)
    java -jar toolkit/target/toolkit.jar sweep --P 4 --alpha "0.005:0.6:$N" --T "0.01:1.2:$N" --out "$out/grid.csv" 2>/dev/null
    t1=$(now)
    $py bench/replica_numpy_grid.py "$N" > "$out/numpy.txt"
    t2=$(now)
    jg=$(echo "$t1 - $t0" | bc -l); pg=$(echo "$t2 - $t1" | bc -l)
    jr=$(java -cp "$CP" bench/ReplicaBench.java rsb-point 10 2>/dev/null | secs)
    pr=$($py bench/replica_numpy.py rsb-point 5 2>/dev/null | grep seconds | secs)
    g=$(echo "$pg / $jg" | bc -l); b=$(echo "$pr / $jr" | bc -l)
    grid+=("$g"); rsb+=("$b")
    printf 'rep %d: sweep %dx%d java %.2f s, numpy %.2f s (%s), ratio %.2f | 1RSB point java %.4f s, numpy %.4f s, ratio %.1f | load %s\n' \
        "$r" "$N" "$N" "$jg" "$pg" "$(cut -d' ' -f3-5 "$out/numpy.txt")" "$g" "$jr" "$pr" "$b" "$(cut -d' ' -f1 /proc/loadavg)"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
printf 'median ratio numpy/java: sweep %.2f, 1RSB point %.1f\n' "$(median "${grid[@]}")" "$(median "${rsb[@]}")"
