package dev.maangtracker.app.interview;

import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.evaluation.QuestionResult;
import dev.maangtracker.core.judge.CodeSubmission;
import dev.maangtracker.core.judge.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The final report of an interview.
 *
 * @param overallScore    0 to 100
 * @param dimensions      each dimension over the interview, with the strongest evidence
 * @param strengths       what went well
 * @param weaknesses      what held the candidate back
 * @param recommendations concrete practice
 * @param questions       how each question went, linking to its turn in the transcript
 * @param submissions     the code runs of the interview's answers (coding interviews)
 * @param producedBy      who wrote it: {@code rubric} or {@code llm:<model>}
 * @param generatedAt     when it was written
 */
public record ReportView(int overallScore, List<DimensionView> dimensions, List<String> strengths,
        List<String> weaknesses, List<String> recommendations, List<QuestionResultView> questions,
        List<SubmissionView> submissions, String producedBy, Instant generatedAt) {

    /**
     * One question of the interview.
     *
     * @param questionId   the question
     * @param questionText the question as asked
     * @param score        0 to 100, the evaluation of the last answer to it
     * @param turn         the sequence number of the turn that asked it
     * @param turnsLink    the transcript, where that turn is
     */
    public record QuestionResultView(String questionId, String questionText, int score, int turn, String turnsLink) {
    }

    /**
     * The judged code of one answer.
     *
     * @param submissionId the stored submission
     * @param problemSlug  the problem
     * @param language     the language
     * @param verdict      the overall verdict
     * @param passed       tests passed
     * @param total        tests run
     * @param turnId       the answer turn's id
     */
    public record SubmissionView(UUID submissionId, String problemSlug, String language, Verdict verdict,
            int passed, int total, UUID turnId) {

        static SubmissionView of(CodeSubmission submission) {
            return new SubmissionView(submission.id(), submission.problemSlug(), submission.language().id(),
                    submission.verdict(), submission.passedCount(), submission.totalCount(), submission.turnId());
        }
    }

    static ReportView of(UUID interviewId, InterviewReport report, List<CodeSubmission> submissions) {
        String turns = "/api/v1/interviews/" + interviewId + "/turns";
        List<QuestionResultView> questions = report.questions().stream()
                .map((QuestionResult q) -> new QuestionResultView(q.questionId(), q.questionText(), q.score(), q.firstTurn(),
                        turns + "#turn-" + q.firstTurn()))
                .toList();
        return new ReportView(report.overallScore(), DimensionView.of(report.dimensions()), report.strengths(),
                report.weaknesses(), report.recommendations(), questions,
                submissions.stream().map(SubmissionView::of).toList(), report.producedBy(), report.generatedAt());
    }
}
