package dev.maangtracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.openqa.selenium.Keys;

/**
 * Accessibility checks of a page as the browser rendered it: an axe-core audit (the webjar, test
 * scope, injected by the test and never served by the app), accessible names of every visible
 * control, a visible focus ring at every Tab stop, and no sideways scrolling of the page.
 */
final class Accessibility {

    /** The rule sets axe runs: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    /**
     * Structure rules that fail the audit whatever impact axe gives them (mostly "moderate"): one
     * main landmark, all content in landmarks, one h1, headings that do not skip levels, a way to
     * bypass the navigation.
     */
    static final Set<String> STRUCTURE_RULES = Set.of("landmark-one-main", "region", "page-has-heading-one",
            "heading-order", "bypass", "landmark-unique", "landmark-no-duplicate-main",
            "landmark-no-duplicate-banner", "landmark-banner-is-top-level", "landmark-main-is-top-level");
    /** Impacts that fail the audit for every rule. */
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final String AXE_SOURCE = axeSource();

    private Accessibility() {
    }

    /** Every visible control has a name, and axe finds no serious or critical violation and no structure fault. */
    static void audit(Pages page) {
        assertAccessibleNames(page);
        if (!Boolean.TRUE.equals(page.js("return typeof window.axe === 'object'"))) {
            page.js(AXE_SOURCE);
        }
        Object result = page.jsAsync("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                    .then(results => done(results.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help,
                        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '')) }))))
                    .catch(error => done([{ id: 'axe-failed', impact: 'critical', help: String(error), nodes: [] }]));
                """, AXE_TAGS);
        List<String> failing = new ArrayList<>();
        for (Object entry : (List<?>) result) {
            Map<?, ?> violation = (Map<?, ?>) entry;
            String line = violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help")
                    + " " + violation.get("nodes");
            if (FAILING_IMPACTS.contains(violation.get("impact")) || STRUCTURE_RULES.contains(violation.get("id"))) {
                failing.add(line);
            } else {
                System.err.println("axe, not failing the test, on " + page.driver.getCurrentUrl() + ": " + line);
            }
        }
        assertThat(failing).as("axe violations on %s", page.driver.getCurrentUrl()).isEmpty();
    }

    /**
     * Every visible control of the page as rendered (dynamic ones included) has an accessible name:
     * form fields a label or aria-label, buttons and links their text or aria-label.
     */
    static void assertAccessibleNames(Pages page) {
        Object unnamed = page.js("""
                const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
                const named = e => (e.getAttribute('aria-label') || '').trim() !== ''
                    || (e.labels && [...e.labels].some(l => l.textContent.trim() !== ''))
                    || (!['INPUT', 'SELECT', 'TEXTAREA'].includes(e.tagName) && e.textContent.trim() !== '');
                // Controls, and anything else made a Tab stop (a roving node with tabindex -1 is still a button).
                const control = e => e.matches('input, select, textarea, button, a[href], [role=button]')
                    || e.getAttribute('tabindex') !== '-1';
                return [...document.querySelectorAll('input, select, textarea, button, a[href], [role=button], [tabindex]')]
                    .filter(control).filter(visible).filter(e => !named(e)).map(e => e.outerHTML.slice(0, 120));
                """);
        assertThat((List<?>) unnamed).as("controls without an accessible name on %s", page.driver.getCurrentUrl())
                .isEmpty();
    }

    /**
     * Tabs through the whole page from the top: the first stop is the skip link, and at every stop
     * the focused element shows the focus ring (an outline of at least 2 px, matched by
     * {@code :focus-visible}) and is on screen. Answers what each stop was.
     */
    static List<String> assertFocusVisibleAtEveryTabStop(Pages page) {
        page.js("document.activeElement?.blur(); window.scrollTo(0, 0); window.__tabStops = new Set();");
        List<String> stops = new ArrayList<>();
        List<String> invisible = new ArrayList<>();
        for (int presses = 0; presses < 400; presses++) {
            page.press(Keys.TAB);
            Map<?, ?> stop = (Map<?, ?>) page.js("""
                    const a = document.activeElement;
                    if (!a || a === document.body || window.__tabStops.has(a)) {
                        return null;
                    }
                    window.__tabStops.add(a);
                    const style = getComputedStyle(a);
                    const box = a.getBoundingClientRect();
                    return {
                        what: a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + ' "'
                            + (a.getAttribute('aria-label') || a.textContent || a.value || '').trim().slice(0, 50) + '"',
                        ring: a.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                            && box.top < innerHeight && box.left < innerWidth,
                    };
                    """);
            if (stop == null) {
                break;
            }
            stops.add((String) stop.get("what"));
            if (!Boolean.TRUE.equals(stop.get("ring")) || !Boolean.TRUE.equals(stop.get("onScreen"))) {
                invisible.add(stop.toString());
            }
        }
        assertThat(stops).as("Tab stops on %s", page.driver.getCurrentUrl()).isNotEmpty();
        assertThat(stops.get(0)).as("first Tab stop").contains("Skip to content");
        assertThat(invisible).as("Tab stops without a visible focus ring on %s", page.driver.getCurrentUrl()).isEmpty();
        return stops;
    }

    /**
     * The page does not scroll sideways, and each of the key controls (CSS selectors) is displayed
     * and lies within the viewport's width.
     */
    static void assertFitsTheWidth(Pages page, String... keyControls) {
        Map<?, ?> fit = (Map<?, ?>) page.js("""
                const width = innerWidth;
                return {
                    scrollWidth: document.scrollingElement.scrollWidth, width,
                    wider: [...document.querySelectorAll('body *')]
                        .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > width + 0.5)
                        // Content of a box that scrolls sideways stays in it, unless positioned out of it.
                        .filter(e => !e.parentElement.closest('.table-wrap, .graph-scroll, .calendar')
                            || ['absolute', 'fixed'].includes(getComputedStyle(e).position))
                        .slice(0, 5).map(e => e.outerHTML.slice(0, 100)),
                    missing: arguments[0].filter(css => {
                        const e = document.querySelector(css);
                        if (!e || !e.getClientRects().length || getComputedStyle(e).visibility === 'hidden') {
                            return true;
                        }
                        const box = e.getBoundingClientRect();
                        return box.width === 0 || box.left < 0 || box.right > width + 0.5;
                    }),
                };
                """, List.of(keyControls));
        String url = page.driver.getCurrentUrl();
        assertThat(((Number) fit.get("scrollWidth")).intValue()).as("page width on %s (elements sticking out: %s)",
                url, fit.get("wider")).isLessThanOrEqualTo(((Number) fit.get("width")).intValue());
        assertThat((List<?>) fit.get("missing")).as("key controls not shown within the width on %s", url).isEmpty();
    }

    private static String axeSource() {
        try (InputStream properties = Accessibility.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (properties == null) {
                throw new IllegalStateException("org.webjars.npm:axe-core is not on the test classpath");
            }
            Properties pom = new Properties();
            pom.load(properties);
            String path = "/META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
            try (InputStream script = Accessibility.class.getResourceAsStream(path)) {
                if (script == null) {
                    throw new IllegalStateException(path + " is missing from the axe-core webjar");
                }
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
