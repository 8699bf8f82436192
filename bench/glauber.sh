#!/usr/bin/env bash
# Monte Carlo speed benchmark: pattern-updates per second (spin updates x K) of the Java Monte Carlo
# against a vectorised NumPy batched parallel Glauber sweep (python3 with numpy; bench/python.sh finds one),
# and against the memory-bandwidth limit (streaming the patterns once per spin update, 8 bytes or 1 bit per entry).
# Usage: bench/glauber.sh [seconds-per-measurement]   (build first: mvn -B -q -o -DskipTests package)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
secs="${1:-2}"
jar="$repo/toolkit/target/toolkit.jar"
[ -f "$jar" ] || (cd "$repo" && mvn -B -q -o -DskipTests package)
py="$("$here/python.sh")"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
java -Xmx3g -cp "$jar:$repo/toolkit/target/lib/*" "$here/GlauberBench.java" "$secs" | tee -a "$out"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$py" "$here/numpy_glauber.py" "$secs" | tee -a "$out"
"$py" - "$out" <<'PY'
import sys
vals, flips = {}, {}
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) >= 3 and parts[0] in ("JAVA", "NUMPY"):
        vals[(parts[0], parts[1])] = float(parts[2])
        if parts[0] == "JAVA" and len(parts) >= 4 and not parts[3].startswith("m="):
            flips[parts[1]] = float(parts[3])
bw = vals[("JAVA", "bandwidth_GBps")]
lim8, lim1 = bw * 1e9 / 8, bw * 1e9 * 8
print()
print(f"memory read bandwidth {bw:.1f} GB/s -> streaming limits {lim8:.3g} pattern-updates/s at 8 bytes per entry "
      f"(float64), {lim1:.3g} at 1 bit per entry")
hdr = ["network", "flips/sw", "Java seq", "Java par", "seq T=2", "NumPy seq", "NumPy B=1", "NumPy B=32",
       "seq/NpB32", "par/NpB32", "T2/NpB32", "seq/NpSeq", "seq/lim8B", "seq/lim1b"]
print(f"{hdr[0]:<18}" + "".join(f"{h:>11}" for h in hdr[1:]))
for key in sorted({k[1].rsplit('_', 1)[0] for k in vals if k[0] == 'JAVA' and k[1] != 'bandwidth_GBps'}):
    seq = vals[("JAVA", key + "_sequential")]
    par = vals[("JAVA", key + "_parallel")]
    hot = vals[("JAVA", key + "_hot")]
    n1 = vals[("NUMPY", key + "_B1")]
    n32 = vals[("NUMPY", key + "_B32")]
    ns = vals[("NUMPY", key + "_seq")]
    row = [f"{flips.get(key + '_sequential', float('nan')):.3g}", f"{seq:.3g}", f"{par:.3g}", f"{hot:.3g}",
           f"{ns:.3g}", f"{n1:.3g}", f"{n32:.3g}", f"{seq / n32:.1f}", f"{par / n32:.1f}", f"{hot / n32:.2f}",
           f"{seq / ns:.0f}", f"{seq / lim8:.0%}", f"{seq / lim1:.1%}"]
    print(f"{key:<18}" + "".join(f"{v:>11}" for v in row))
print("Java: one thread, one chain, exact distinct-tuple heat bath; seq = random-order sequential sweep and par =")
print("synchronous sweep, both in the retrieval state at T = 0.1 (flips/sw = flips per sweep there); seq T=2 = the")
print("sequential sweep in the paramagnet at T = 2, where about half the spins flip each sweep (the engine's worst case).")
print("NumPy seq: the same exact sequential sweep, vectorised over K per spin; NumPy B: batched parallel sweep of B replicas")
print("with all-tuples mean-field fields (the authors' style: two matrix products per sweep, OpenBLAS, one thread).")
print("seq/lim8B, seq/lim1b: Java seq against the rate of an engine that would stream every pattern entry once per")
print("spin update at 8 bytes (float64) or at 1 bit per entry.")
PY
