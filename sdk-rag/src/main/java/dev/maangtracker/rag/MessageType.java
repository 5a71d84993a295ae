package dev.maangtracker.rag;

/** What kind of utterance a memory holds; the values match the schema's CHECK constraint. */
public enum MessageType {
    /** An interviewer's question. */
    QUESTION,
    /** The candidate's answer. */
    ANSWER,
    /** The interviewer's feedback. */
    FEEDBACK,
    /** A note the candidate added. */
    NOTE,
    /** Text from the candidate's résumé. */
    RESUME,
    /** A session summary. */
    SUMMARY
}
