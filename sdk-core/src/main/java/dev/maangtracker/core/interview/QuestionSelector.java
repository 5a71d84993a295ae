package dev.maangtracker.core.interview;

import dev.maangtracker.core.candidate.WeaknessSignal;
import dev.maangtracker.core.question.Difficulty;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Picks the next question of a session, deterministically: never one already asked, preferring the
 * session's difficulty (then the neighbouring level), and steering towards the candidate's known
 * weaknesses by severity × confidence. Ties break on a hash of session and question, so two
 * sessions get different questions while a replay of one session gets the same.
 */
final class QuestionSelector {

    /** Weight of an exact difficulty match; the neighbouring level gets half. */
    static final double DIFFICULTY_WEIGHT = 3.0;
    /** Weight of a weakness of priority 10 (severity 10 at full confidence) matching a topic. */
    static final double WEAKNESS_WEIGHT = 4.0;

    private QuestionSelector() {
    }

    static Optional<InterviewQuestion> pick(List<InterviewQuestion> candidates, InterviewSession session,
                                            List<WeaknessSignal> weaknesses) {
        Set<String> asked = new HashSet<>(session.askedQuestionIds());
        return candidates.stream()
                .filter(question -> !asked.contains(question.id()))
                .max(Comparator.comparingDouble((InterviewQuestion q) -> score(q, session.difficulty(), weaknesses))
                        .thenComparingLong(q -> tieBreak(session.id(), q.id())));
    }

    static double score(InterviewQuestion question, Difficulty wanted, List<WeaknessSignal> weaknesses) {
        int distance = Math.abs(question.difficulty().ordinal() - wanted.ordinal());
        double score = distance == 0 ? DIFFICULTY_WEIGHT : distance == 1 ? DIFFICULTY_WEIGHT / 2 : 0;
        Set<String> topics = new HashSet<>();
        question.topics().forEach(topic -> topics.add(topic.toLowerCase(Locale.ROOT)));
        for (WeaknessSignal weakness : weaknesses) {
            if (topics.contains(weakness.topic().toLowerCase(Locale.ROOT))) {
                score += WEAKNESS_WEIGHT * weakness.priority() / 10;
            }
        }
        return score;
    }

    private static long tieBreak(UUID sessionId, String questionId) {
        long hash = sessionId.getMostSignificantBits() ^ sessionId.getLeastSignificantBits();
        for (int i = 0; i < questionId.length(); i++) {
            hash = (hash ^ questionId.charAt(i)) * 0x100000001b3L;
        }
        return hash ^ (hash >>> 29);
    }
}
