/**
 * Files written whole or not at all ({@link dev.hebbian.io.AtomicFiles}): the content goes to a
 * temporary file in the target's folder and is then moved over the target in one step, so an
 * interrupted run never leaves a half-written table, figure or notebook behind. Every file the
 * toolkit writes (CLI output, sweeps, figures, executed notebooks) goes through it; the formats of
 * those files are described with the quantities they hold in docs/index.md and its pages.
 */
package dev.hebbian.io;
