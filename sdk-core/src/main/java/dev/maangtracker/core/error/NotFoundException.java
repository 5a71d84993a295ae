package dev.maangtracker.core.error;

import java.util.Objects;

/** The named resource does not exist, or is not the caller's (the two are not told apart). */
public final class NotFoundException extends MaangException {

    private static final long serialVersionUID = 1L;

    private final String resource;
    private final String id;

    private NotFoundException(String resource, String id) {
        super(resource + " '" + id + "' was not found");
        this.resource = resource;
        this.id = id;
    }

    /**
     * Builds the exception for one resource.
     *
     * @param resource what was looked for, e.g. {@code "interview session"}
     * @param id       the identifier the caller gave
     */
    public static NotFoundException of(String resource, Object id) {
        return new NotFoundException(Objects.requireNonNull(resource, "resource"), String.valueOf(id));
    }

    /** What was looked for. */
    public String resource() {
        return resource;
    }

    /** The identifier the caller gave. */
    public String id() {
        return id;
    }
}
