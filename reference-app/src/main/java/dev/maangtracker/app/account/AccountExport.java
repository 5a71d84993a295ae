package dev.maangtracker.app.account;

import dev.maangtracker.app.memory.MemoryView;
import dev.maangtracker.app.tracker.ReviewView;
import dev.maangtracker.app.tracker.WeaknessView;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.judge.CodeSubmission;
import dev.maangtracker.tracker.activity.ActivityEvent;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything stored about one user, as one JSON document ({@code GET /me/export}): never the password hash and never
 * memory embeddings.
 *
 * @param exportedAt      when the export was made
 * @param account         the account's public view
 * @param interviews      the latest 200 interviews (newest first; the store lists no more at once) with their turns
 *                        and, once completed, their reports
 * @param codeSubmissions the latest 200 judged submissions, newest first
 * @param attempts        attempts at problems and concepts, oldest first
 * @param reviewItems     the FSRS review schedule
 * @param activity        the activity log, oldest first
 * @param evidence        weakness evidence, oldest first
 * @param memories        long-term memories (text and metadata), oldest first
 */
public record AccountExport(Instant exportedAt, UserView account, List<InterviewExport> interviews,
                            List<CodeSubmission> codeSubmissions, List<AttemptExport> attempts,
                            List<ReviewView> reviewItems, List<ActivityEvent> activity,
                            List<WeaknessView.EvidenceView> evidence, List<MemoryView> memories) {

    /**
     * One interview.
     *
     * @param session the session, its report included once completed
     * @param turns   its turns in order
     */
    public record InterviewExport(InterviewSession session, List<Turn> turns) {
    }

    /**
     * One attempt.
     *
     * @param id          the attempt's id
     * @param slug        problem or concept slug
     * @param outcome     how it ended
     * @param minutes     time spent
     * @param hintsUsed   hints taken
     * @param language    programming language, possibly empty
     * @param attemptedAt when
     * @param zone        the user's time zone then
     */
    public record AttemptExport(UUID id, String slug, AttemptOutcome outcome, int minutes, int hintsUsed,
                                String language, Instant attemptedAt, String zone) {

        static AttemptExport of(Attempt attempt) {
            return new AttemptExport(attempt.id(), attempt.slug(), attempt.outcome(), attempt.input().minutes(),
                    attempt.input().hintsUsed(), attempt.input().language(), attempt.input().attemptedAt(),
                    attempt.input().zone().getId());
        }
    }
}
