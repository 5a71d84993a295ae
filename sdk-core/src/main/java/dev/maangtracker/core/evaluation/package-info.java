/** Evaluating answers and sessions: dimension scores with evidence, answer evaluations, the final report, the rubric scorer. */
package dev.maangtracker.core.evaluation;
