/**
 * Answer analytics: what a candidate's answer text (typed or a voice transcript) shows about fluency,
 * confidence, clarity and content, computed synchronously and deterministically by
 * {@link dev.maangtracker.core.analytics.AnswerAnalyzer}.
 */
package dev.maangtracker.core.analytics;
