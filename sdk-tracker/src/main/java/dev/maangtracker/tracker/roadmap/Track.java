package dev.maangtracker.tracker.roadmap;

/** Which part of interview preparation a topic belongs to. */
public enum Track {
    /** Algorithmic coding problems. */
    CODING,
    /** System design concepts and case studies. */
    SYSTEM_DESIGN
}
