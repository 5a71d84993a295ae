/** Weakness analysis: evidence from interviews and attempts, explainable severity and confidence, recommendations. */
package dev.maangtracker.tracker.weakness;
