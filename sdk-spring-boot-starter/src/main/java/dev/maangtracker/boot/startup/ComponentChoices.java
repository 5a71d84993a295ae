package dev.maangtracker.boot.startup;

import org.springframework.util.ClassUtils;

/**
 * Builds the {@link ComponentChoice} of a component from the bean actually in the context, so a row
 * of the start-up table is true whoever defined the bean: the embedded fallback of this starter, a
 * full-mode auto-configuration, or the application.
 */
public final class ComponentChoices {

    /** The reason given for a bean this starter did not choose. */
    public static final String PROVIDED = "bean provided by the application or another auto-configuration";

    private ComponentChoices() {
    }

    /**
     * The choice for a component.
     *
     * @param component the component's name in the table
     * @param bean      the bean serving the component
     * @param embedded  the class of this starter's embedded fallback
     * @param label     how the table names the fallback, e.g. "in-memory"
     * @param reason    why the fallback was chosen, e.g. "no spring.r2dbc.url"
     */
    public static ComponentChoice describe(String component, Object bean, Class<?> embedded, String label,
                                           String reason) {
        Class<?> type = ClassUtils.getUserClass(bean);
        if (embedded.equals(type)) {
            return new ComponentChoice(component, label, reason);
        }
        return new ComponentChoice(component, type.getSimpleName(), PROVIDED);
    }
}
