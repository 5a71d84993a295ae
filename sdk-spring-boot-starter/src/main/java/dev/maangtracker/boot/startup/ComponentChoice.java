package dev.maangtracker.boot.startup;

import java.util.Objects;

/**
 * One line of the start-up component table: which implementation the auto-configuration chose
 * for a component and why. Each auto-configuration registers one bean of this type per component
 * it decides; {@code ComponentReport} logs them all once the context is ready.
 *
 * @param component      what is being provided, e.g. "interview storage"
 * @param implementation the chosen class or technology, e.g. "R2DBC (PostgreSQL)"
 * @param reason         why, e.g. "spring.r2dbc.url is set" or "user-provided bean"
 */
public record ComponentChoice(String component, String implementation, String reason) {

    public ComponentChoice {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(implementation, "implementation");
        reason = reason == null ? "" : reason;
    }
}
