#!/usr/bin/env bash
# Prints the first Python interpreter that imports numpy and scipy (PYTHON if set, then python3 on PATH, then
# Debian's /usr/bin/python3 with python3-numpy / python3-scipy); exits 2 naming what it tried otherwise.
# Sourced by the bench scripts: py=$(bench/python.sh)
for c in ${PYTHON:-} python3 /usr/bin/python3; do
  if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import numpy, scipy' >/dev/null 2>&1; then
    command -v "$c"; exit 0
  fi
done
echo "bench: no Python with numpy and scipy (tried: ${PYTHON:-} python3 /usr/bin/python3);" \
  "install Debian's python3-numpy python3-scipy or set PYTHON=/path/to/python" >&2
exit 2
