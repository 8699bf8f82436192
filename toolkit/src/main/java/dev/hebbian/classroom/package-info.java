/**
 * Classroom assignments written as notebooks: {@link dev.hebbian.classroom.Answer} checks a
 * student's value against the expected one within a tolerance and says readably what it found;
 * {@link dev.hebbian.classroom.AnswerKey} holds the teacher's expected values, taken from the
 * solution notebooks; {@link dev.hebbian.classroom.Grader} runs a folder of submitted notebooks
 * headless ({@code notebook grade}) and records one row per check.
 *
 * <p>The physics the assignments ask about is in docs/index.md and the pages it links; the
 * assignment notebooks themselves are in notebooks/.
 */
package dev.hebbian.classroom;
