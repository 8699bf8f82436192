/**
 * Test support shared by the integration tests: the packaged jar as a process, the rapaio kernel
 * installed for Jupyter, executed notebooks.
 */
package dev.hebbian.testing;
