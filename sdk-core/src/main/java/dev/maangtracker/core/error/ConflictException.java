package dev.maangtracker.core.error;

/**
 * The write lost a race or would duplicate something unique: another request changed the resource
 * first (optimistic versioning), or the value is taken. Re-read and decide again.
 */
public final class ConflictException extends MaangException {

    private static final long serialVersionUID = 1L;

    private ConflictException(String message) {
        super(message);
    }

    /** Another writer changed the resource since the caller read the given version. */
    public static ConflictException staleVersion(String resource, Object id, long expectedVersion) {
        return new ConflictException(resource + " '" + id + "' was changed by another request (expected version "
                + expectedVersion + "); read it again");
    }

    /** A unique value that is already taken. */
    public static ConflictException duplicate(String resource, String field) {
        return new ConflictException(resource + " with this " + field + " already exists");
    }
}
