package dev.maangtracker.tracker.fsrs;

/** How well an item was recalled at a review, as FSRS grades it (1 to 4). */
public enum Rating {
    /** Forgotten or failed. */
    AGAIN(1),
    /** Recalled with serious difficulty. */
    HARD(2),
    /** Recalled after some thought. */
    GOOD(3),
    /** Recalled effortlessly. */
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The FSRS grade, 1 (again) to 4 (easy). */
    public int grade() {
        return grade;
    }
}
