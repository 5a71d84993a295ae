/**
 * What the product learns from each interview step: the candidate's answers become memories, and
 * evaluations, analytics and reports become weakness evidence, review schedule updates and activity.
 */
package dev.maangtracker.boot.learning;
