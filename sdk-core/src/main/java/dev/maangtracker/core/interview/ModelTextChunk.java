package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Objects;

/**
 * A piece of an interviewer's words while a language model writes them: the human-facing text only,
 * decoded from the model's JSON where the reply is JSON, never the raw reply. A field's text is the
 * concatenation of its chunks, in order: leading and trailing white space are left out, and the items
 * of a list field are separated by one line break, so that a field's text equals what the stored turn
 * will hold for it — unless the reply is then found invalid ({@link ModelTextSink#discard}).
 *
 * <table>
 *   <caption>Fields by step</caption>
 *   <tr><th>step</th><th>field</th><th>kind</th><th>becomes</th></tr>
 *   <tr><td>QUESTION</td><td>{@code text}</td><td>QUESTION</td><td>the question's words</td></tr>
 *   <tr><td>EVALUATION</td><td>{@code strengths}, {@code improvements}</td><td>FEEDBACK</td>
 *       <td>the evaluation's lists (the feedback turn's words are written from them)</td></tr>
 *   <tr><td>EVALUATION</td><td>{@code followUp}</td><td>FOLLOW_UP</td>
 *       <td>the follow-up question's words; only streamed when a follow-up is allowed</td></tr>
 *   <tr><td>HINT</td><td>{@code text}</td><td>HINT</td><td>the hint's words</td></tr>
 *   <tr><td>SUMMARY</td><td>{@code strengths}, {@code weaknesses}, {@code recommendations}</td><td>SUMMARY</td>
 *       <td>the report's lists</td></tr>
 * </table>
 *
 * @param step       the interviewer call that is speaking
 * @param kind       the kind of turn the text is part of once the step is stored
 * @param questionId the bank question the text concerns, or {@code null} for the summary
 * @param field      which part of the reply the text belongs to (see the table)
 * @param text       the characters written since the previous chunk of this field; not empty
 */
public record ModelTextChunk(ModelStep step, TurnKind kind, String questionId, String field, String text) {

    /** Validates every field; see the component descriptions. */
    public ModelTextChunk {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(kind, "kind");
        if (field == null || field.isBlank()) {
            throw InvalidInputException.required("field");
        }
        if (text == null || text.isEmpty()) {
            throw InvalidInputException.required("text");
        }
    }
}
