#!/usr/bin/env bash
# Replica engine benchmark: Java toolkit vs a straightforward NumPy/SciPy
# implementation of the same equations (bench/replica_numpy.py), side by side, with ratios.
#   bench/replica-bench.sh            # 100 x 100 RS grid + lines, and one 1RSB point
#   bench/replica-bench.sh 30         # smaller grid (N x N)
# Needs: mvn -q -o -DskipTests package (toolkit/target/toolkit.jar + lib/), and Debian's
# python3 with numpy and scipy (bench/python.sh finds one; PYTHON=... to choose).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100}"
CP="toolkit/target/toolkit.jar:$(ls toolkit/target/lib/*.jar | tr '\n' ':')"
[ -f toolkit/target/toolkit.jar ] || mvn -B -q -o -DskipTests package
py=$(bench/python.sh)
secs() { sed -n 's/.*seconds=\([0-9.]*\).*/\1/p'; }

echo "== RS phase diagram, P = 4, ${N} x ${N} points + 4 lines per alpha (cores: $(nproc))"
j=$(java -cp "$CP" bench/ReplicaBench.java rs-grid "$N" 2>/dev/null); echo "java : $j"
p=$($py bench/replica_numpy.py rs-grid "$N"); echo "numpy: $p"
jr=$(echo "$j" | secs); pr=$(echo "$p" | secs)
echo "ratio numpy/java = $(echo "$pr / $jr" | bc -l | xargs printf '%.1f')"

echo "== one 1RSB point, P = 4, alpha = 0.2, T = 0.2 (spin glass, theta optimised)"
j=$(java -cp "$CP" bench/ReplicaBench.java rsb-point 10 2>&1 | grep -v SLF4J); echo "java : $j"
p=$($py bench/replica_numpy.py rsb-point 5 2>&1); echo "numpy: $p"
jr=$(echo "$j" | grep seconds | secs); pr=$(echo "$p" | grep seconds | secs)
echo "ratio numpy/java = $(echo "$pr / $jr" | bc -l | xargs printf '%.1f')"
