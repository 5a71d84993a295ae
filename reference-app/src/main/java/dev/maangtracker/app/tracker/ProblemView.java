package dev.maangtracker.app.tracker;

import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.tracker.progress.ProblemStatus;
import java.time.Instant;
import java.util.List;

/**
 * A roadmap problem with the caller's standing on it.
 *
 * @param slug          the problem's slug
 * @param title         display title
 * @param difficulty    easy, medium or hard
 * @param topics        topic slugs, the main topic first
 * @param url           the public problem statement, or {@code null} for a problem only the question bank holds
 * @param inQuestionBank whether the question bank holds it: coding interviews ask it and the judge runs code on it,
 *                      and an interview answering it records an attempt here
 * @param status        the caller's status, derived from the attempts
 * @param attempts      the caller's attempts so far
 * @param solved        of those, how many solved it
 * @param lastAttemptAt the latest attempt, or {@code null}
 */
public record ProblemView(String slug, String title, Difficulty difficulty, List<String> topics, String url,
                          boolean inQuestionBank, ProblemStatus status, int attempts, int solved,
                          Instant lastAttemptAt) {
}
