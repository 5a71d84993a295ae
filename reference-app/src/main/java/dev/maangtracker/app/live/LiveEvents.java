package dev.maangtracker.app.live;

import java.util.List;

/** The {@code type} of every frame on {@code /ws/interviews/{id}}. */
final class LiveEvents {

    // Client → server.
    static final String START = "interview:start";
    static final String ANSWER = "interview:answer";
    static final String HINT = "interview:hint";
    static final String PAUSE = "interview:pause";
    static final String RESUME = "interview:resume";
    static final String COMPLETE = "interview:complete";

    /** Every type a client may send, in the order the docs list them. */
    static final List<String> CLIENT_TYPES = List.of(START, ANSWER, HINT, PAUSE, RESUME, COMPLETE);

    // Server → client (COMPLETE is also the server's report frame).
    static final String QUESTION = "interview:question";
    static final String HINT_GIVEN = "interview:hint";
    static final String FEEDBACK = "interview:feedback";
    static final String SCORE = "interview:score";
    static final String STATUS = "interview:status";
    static final String ERROR = "interview:error";
    /** A piece of the interviewer's words while the model writes them. */
    static final String TOKEN = "interview:token";
    /** The pieces streamed for a step are void: its words will come otherwise (or not at all). */
    static final String TOKEN_RESET = "interview:token-reset";

    private LiveEvents() {
    }
}
