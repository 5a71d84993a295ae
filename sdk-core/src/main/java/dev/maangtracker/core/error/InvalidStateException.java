package dev.maangtracker.core.error;

/** The request is valid but not in the resource's current state, e.g. answering a completed interview. */
public final class InvalidStateException extends MaangException {

    private static final long serialVersionUID = 1L;

    private final String state;
    private final String action;

    private InvalidStateException(String resource, String state, String action) {
        super("cannot " + action + " " + resource + ": it is " + state);
        this.state = state;
        this.action = action;
    }

    /**
     * @param resource what the caller acted on, e.g. {@code "interview session"}
     * @param state    its current state, e.g. {@code "COMPLETED"}
     * @param action   what was refused, e.g. {@code "answer"}
     */
    public static InvalidStateException of(String resource, Object state, String action) {
        return new InvalidStateException(resource, String.valueOf(state), action);
    }

    /** The state that refused the action. */
    public String state() {
        return state;
    }

    /** The action that was refused. */
    public String action() {
        return action;
    }
}
