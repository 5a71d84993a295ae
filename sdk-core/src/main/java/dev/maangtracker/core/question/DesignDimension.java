package dev.maangtracker.core.question;

/** The dimensions a system design answer is scored on; every prompt's rubric covers all of them. */
public enum DesignDimension {
    /** Clarifying functional and non-functional requirements and scope. */
    REQUIREMENTS,
    /** Back-of-the-envelope estimates: traffic, storage, bandwidth. */
    ESTIMATES,
    /** The external interface: endpoints or calls and their semantics. */
    API,
    /** Entities, storage choice, keys and indexes. */
    DATA_MODEL,
    /** The main components and how a request flows through them. */
    HIGH_LEVEL_DESIGN,
    /** How the design grows: partitioning, replication, caching. */
    SCALING,
    /** Hot spots, single points of failure and how to remove them. */
    BOTTLENECKS,
    /** Alternatives considered and why one was chosen. */
    TRADE_OFFS
}
