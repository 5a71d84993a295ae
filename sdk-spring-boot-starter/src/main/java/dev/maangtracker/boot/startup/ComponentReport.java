package dev.maangtracker.boot.startup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * The start-up component table: every {@link ComponentChoice} bean of the context, one row per
 * component, logged once at INFO when the application is ready, so an operator sees at a glance
 * which components run embedded and which run on PostgreSQL, Redis or a model. Other parts (the
 * actuator info, for one) read {@link #choices()}.
 *
 * <p>When several beans describe one component, the first registered wins: full-mode
 * auto-configurations run before this starter's fallbacks, and both describe the same bean.
 */
public final class ComponentReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ComponentReport.class);
    private static final String[] HEADERS = {"component", "implementation", "reason"};

    private final Supplier<Stream<ComponentChoice>> choices;

    /** @param choices the context's choices, read each time the table is built */
    public ComponentReport(Supplier<Stream<ComponentChoice>> choices) {
        this.choices = Objects.requireNonNull(choices, "choices");
    }

    /** One choice per component, sorted by component name. */
    public List<ComponentChoice> choices() {
        Map<String, ComponentChoice> byComponent = new LinkedHashMap<>();
        choices.get().forEach(choice -> byComponent.putIfAbsent(choice.component().toLowerCase(Locale.ROOT), choice));
        List<ComponentChoice> rows = new ArrayList<>(byComponent.values());
        rows.sort((a, b) -> a.component().compareToIgnoreCase(b.component()));
        return List.copyOf(rows);
    }

    /** The table as logged: a header, a rule and one aligned row per component. */
    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (ComponentChoice choice : choices()) {
            rows.add(new String[] {choice.component(), choice.implementation(), choice.reason()});
        }
        int[] widths = new int[HEADERS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            appendRow(table, rows.get(r), widths);
            if (r == 0) {
                appendRow(table, new String[] {"-".repeat(widths[0]), "-".repeat(widths[1]), "-".repeat(widths[2])},
                        widths);
            }
        }
        return table.toString();
    }

    private static void appendRow(StringBuilder table, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == 0 ? "" : " | ").append(cells[i]).append(" ".repeat(widths[i] - cells[i].length()));
        }
        table.append(line.toString().stripTrailing()).append('\n');
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (LOG.isInfoEnabled()) {
            LOG.info("Maang Tracker components:\n{}", table());
        }
    }
}
