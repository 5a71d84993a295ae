package dev.maangtracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.maangtracker.app.ApiClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The roadmap's graph: the layout module ({@code js/graph-layout.js}, run in the browser, the only
 * JavaScript engine the build has) on seeded random graphs, and the drawn roadmap: no two nodes
 * overlap, every edge runs from a prerequisite in a higher layer down to a topic in a lower one,
 * and the keyboard moves between topics and opens them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserRoadmapGraphIT {

    /** Gap the layout keeps between nodes of a layer (DEFAULTS.gapX in graph-layout.js) and a rounding margin. */
    private static final double GAP = 24;
    private static final double EPSILON = 0.01;

    private static Browser browser;

    @LocalServerPort
    private int port;

    private Pages page;

    @BeforeEach
    void openBrowser() {
        if (browser == null) {
            browser = Browser.open(1280, 900);
        }
        page = new Pages(browser.driver, "http://127.0.0.1:" + port);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void laysOutRandomGraphsInLayersWithoutOverlaps(long seed) {
        Random random = new Random(seed);
        Map<String, List<String>> after = randomDag(random, 1 + random.nextInt(40), 0.5 + random.nextDouble() * 2.5);

        Map<?, ?> layout = layout(after);
        Map<?, ?> again = layout(after);
        assertThat(again).as("the same graph gets the same layout").isEqualTo(layout);

        Map<String, Map<?, ?>> nodes = new HashMap<>();
        for (Object node : (List<?>) layout.get("nodes")) {
            nodes.put((String) ((Map<?, ?>) node).get("id"), (Map<?, ?>) node);
        }
        assertThat(nodes.keySet()).isEqualTo(after.keySet());

        // Longest-path layers: a node lies one layer below its deepest prerequisite.
        Map<String, Integer> expectedLayers = longestPathLayers(after);
        nodes.forEach((id, node) -> assertThat(number(node, "layer")).as("layer of %s", id)
                .isEqualTo(expectedLayers.get(id)));

        // No two nodes overlap; a layer is a row, and the gap between neighbours is kept.
        List<Map<?, ?>> all = new ArrayList<>(nodes.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Map<?, ?> a = all.get(i);
                Map<?, ?> b = all.get(j);
                assertThat(overlap(a, b, 0)).as("%s and %s overlap", a.get("id"), b.get("id")).isFalse();
                if (number(a, "layer") == number(b, "layer")) {
                    assertThat(real(a, "y")).isEqualTo(real(b, "y"));
                    assertThat(Math.abs(real(a, "x") - real(b, "x"))).isGreaterThanOrEqualTo(real(a, "width") + GAP - EPSILON);
                } else {
                    assertThat(real(a, "y") < real(b, "y")).isEqualTo(number(a, "layer") < number(b, "layer"));
                }
            }
        }

        // One edge per prerequisite, from the prerequisite's bottom down to the topic's top, never through a node.
        List<String> edges = new ArrayList<>();
        for (Object entry : (List<?>) layout.get("edges")) {
            Map<?, ?> edge = (Map<?, ?>) entry;
            Map<?, ?> from = nodes.get((String) edge.get("from"));
            Map<?, ?> to = nodes.get((String) edge.get("to"));
            edges.add(edge.get("from") + ">" + edge.get("to"));
            assertThat(number(from, "layer")).as("edge %s", edges.get(edges.size() - 1)).isLessThan(number(to, "layer"));
            List<Map<?, ?>> points = ((List<?>) edge.get("points")).stream().<Map<?, ?>>map(p -> (Map<?, ?>) p).toList();
            assertThat(points).hasSize(2 * (number(to, "layer") - number(from, "layer")));
            Map<?, ?> start = points.get(0);
            Map<?, ?> end = points.get(points.size() - 1);
            assertThat(real(start, "y")).isCloseTo(real(from, "y") + real(from, "height"), within(EPSILON));
            assertThat(real(start, "x")).isBetween(real(from, "x"), real(from, "x") + real(from, "width"));
            assertThat(real(end, "y")).isCloseTo(real(to, "y"), within(EPSILON));
            assertThat(real(end, "x")).isBetween(real(to, "x"), real(to, "x") + real(to, "width"));
            for (int k = 1; k < points.size(); k++) {
                assertThat(real(points.get(k), "y")).isGreaterThan(real(points.get(k - 1), "y"));
            }
            for (Map<?, ?> bend : points.subList(1, points.size() - 1)) {
                for (Map<?, ?> node : all) {
                    boolean inside = real(bend, "x") > real(node, "x") && real(bend, "x") < real(node, "x") + real(node, "width")
                            && real(bend, "y") >= real(node, "y") && real(bend, "y") <= real(node, "y") + real(node, "height");
                    assertThat(inside).as("edge %s passes through %s", edges.get(edges.size() - 1), node.get("id")).isFalse();
                }
            }
        }
        List<String> expectedEdges = after.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(before -> before + ">" + e.getKey())).toList();
        assertThat(edges).containsExactlyInAnyOrderElementsOf(expectedEdges);

        // The ordering never makes crossings worse than the input order, and the drawing holds every node.
        assertThat(number(layout, "crossings")).isLessThanOrEqualTo(number(layout, "initialCrossings"));
        for (Map<?, ?> node : all) {
            assertThat(real(node, "x")).isGreaterThanOrEqualTo(0);
            assertThat(real(node, "x") + real(node, "width")).isLessThanOrEqualTo(real(layout, "width"));
            assertThat(real(node, "y") + real(node, "height")).isLessThanOrEqualTo(real(layout, "height"));
        }
    }

    @Test
    void refusesWhatIsNotADirectedAcyclicGraph() {
        Map<String, List<String>> cycle = new LinkedHashMap<>();
        cycle.put("a", List.of("c"));
        cycle.put("b", List.of("a"));
        cycle.put("c", List.of("b"));
        assertThat(layoutError(cycle)).startsWith("GraphLayoutError: The prerequisites form a cycle:")
                .contains("a", "b", "c");
        assertThat(layoutError(Map.of("a", List.of("missing"))))
                .isEqualTo("GraphLayoutError: \"a\" comes after \"missing\", which is not in the graph.");
        assertThat(layoutError(Map.of("a", List.of("a")))).startsWith("GraphLayoutError: The prerequisites form a cycle: a → a");
    }

    @Test
    void drawsTheRoadmapAndOpensTopicsFromTheKeyboard() {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        String email = ApiClient.newEmail();
        ApiClient accounts = new ApiClient(client);
        accounts.register(email);
        List<Map<String, Object>> topics = roadmapTopics(client, accounts.login(email).access());
        page.signIn(email, ApiClient.PASSWORD);
        page.go("/roadmap.html");
        page.waitLoaded("/roadmap.html");

        // Every topic is a node, every prerequisite an edge drawn downwards between the right nodes.
        assertThat(page.count("#graphs .topic-node")).isEqualTo(topics.size());
        int prerequisites = topics.stream().mapToInt(t -> ((List<?>) t.get("prerequisites")).size()).sum();
        assertThat(page.count("#graphs path.edge")).isEqualTo(prerequisites);
        Object faults = page.js("""
                const faults = [];
                for (const graph of document.querySelectorAll('#graphs svg')) {
                    const boxes = [...graph.querySelectorAll('.topic-node')].map(n => ({ id: n.dataset.topic,
                        layer: Number(n.dataset.layer), box: n.querySelector('.box').getBBox() }));
                    for (const a of boxes) {
                        for (const b of boxes) {
                            if (a.id < b.id && a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width
                                && a.box.y < b.box.y + b.box.height && b.box.y < a.box.y + a.box.height) {
                                faults.push(`${a.id} overlaps ${b.id}`);
                            }
                        }
                    }
                    const byId = new Map(boxes.map(b => [b.id, b]));
                    for (const edge of graph.querySelectorAll('path.edge')) {
                        const from = byId.get(edge.dataset.from);
                        const to = byId.get(edge.dataset.to);
                        const start = edge.getPointAtLength(0);
                        const end = edge.getPointAtLength(edge.getTotalLength());
                        if (!(from.layer < to.layer)) faults.push(`${from.id} → ${to.id} goes upwards`);
                        if (Math.abs(start.y - (from.box.y + from.box.height)) > 0.5) faults.push(`${from.id} → ${to.id} starts off its source`);
                        if (Math.abs(end.y - to.box.y) > 0.5) faults.push(`${from.id} → ${to.id} ends off its target`);
                    }
                }
                return faults;
                """);
        assertThat((List<?>) faults).isEmpty();
        Map<String, Object> trees = topics.stream().filter(t -> "trees".equals(t.get("slug"))).findFirst().orElseThrow();
        assertThat(page.js("return document.querySelector('.topic-node[data-topic=trees]').getAttribute('aria-label')"))
                .isEqualTo("Trees: 0 of " + trees.get("problems") + " problems solved, 0% progress, after "
                        + ((List<?>) trees.get("prerequisites")).stream().map(slug -> nameOf(topics, (String) slug))
                        .collect(Collectors.joining(", ")));
        assertThat(page.text(org.openqa.selenium.By.cssSelector(".topic-node[data-topic=trees] .percent")))
                .isEqualTo("0% · 0/" + trees.get("problems"));
        System.out.println("Roadmap graph crossings per track: " + page.js(
                "return [...document.querySelectorAll('#graphs svg')].map(g => g.getAttribute('aria-labelledby') + '=' + g.dataset.crossings)"));

        // One Tab stop for the coding graph; arrows move, Enter and Space open a topic.
        page.tabTo(".topic-node");
        assertThat(focusedTopic()).isEqualTo(topics.get(0).get("slug"));
        page.press(Keys.ARROW_RIGHT);
        assertThat(focusedTopic()).as("nothing to the right of the only starting topic").isEqualTo(topics.get(0).get("slug"));
        page.press(Keys.ARROW_DOWN);
        String below = focusedTopic();
        assertThat(topic(topics, below).get("prerequisites")).isEqualTo(List.of(topics.get(0).get("slug")));
        assertThat(page.js("return document.querySelectorAll('#graph-coding-title ~ div [tabindex=\"0\"]').length"))
                .isEqualTo(1L);
        page.press(Keys.ARROW_UP);
        assertThat(focusedTopic()).isEqualTo(topics.get(0).get("slug"));
        page.press(Keys.END);
        String last = focusedTopic();
        page.press(Keys.HOME);
        assertThat(focusedTopic()).isEqualTo(topics.get(0).get("slug"));
        browser.screenshot("16-roadmap-graph-focus");

        page.press(Keys.END);
        page.press(Keys.ENTER);
        page.until(d -> page.focusIs("#topic-title"));
        assertThat(page.text("topic-title")).isEqualTo(nameOf(topics, last));
        assertThat(browser.driver.getCurrentUrl()).endsWith("?topic=" + last);
        assertThat(page.js("return document.querySelector('.topic-node[aria-current=true]').dataset.topic")).isEqualTo(last);
        assertThat(page.count("path.edge.selected")).isEqualTo(((List<?>) topic(topics, last).get("prerequisites")).size());

        page.pressShiftTab();
        assertThat(focusedTopic()).as("Shift+Tab from the topic returns to the graph, not to %s",
                page.js("return document.activeElement.outerHTML.slice(0, 100)")).isNotNull();
        page.tabTo("#graph-coding-title ~ div .topic-node[tabindex='0']");
        assertThat(focusedTopic()).as("the opened topic is the graph's Tab stop").isEqualTo(last);
        page.press(Keys.HOME);
        page.press(Keys.SPACE);
        page.until(d -> page.text("topic-title").equals(nameOf(topics, (String) topics.get(0).get("slug"))));
        assertThat(page.count("#problems tr[data-problem-row]")).isPositive();
        Accessibility.audit(page);
        browser.fullPageScreenshot("17-roadmap-graph");
    }

    private String focusedTopic() {
        return (String) page.js("return document.activeElement.dataset ? document.activeElement.dataset.topic || null : null");
    }

    private Map<?, ?> layout(Map<String, List<String>> after) {
        Map<?, ?> result = runLayout(after);
        assertThat(result.get("error")).as("layout error").isNull();
        return (Map<?, ?>) result.get("layout");
    }

    private String layoutError(Map<String, List<String>> after) {
        return (String) runLayout(after).get("error");
    }

    /** Runs layeredLayout in the page on nodes given as id → prerequisites. */
    private Map<?, ?> runLayout(Map<String, List<String>> after) {
        if (!browser.driver.getCurrentUrl().startsWith("http://127.0.0.1:" + port)) {
            page.go("/");
        }
        List<Map<String, Object>> nodes = after.entrySet().stream()
                .map(e -> Map.<String, Object>of("id", e.getKey(), "after", e.getValue())).toList();
        return (Map<?, ?>) page.jsAsync("""
                const nodes = arguments[0];
                const done = arguments[arguments.length - 1];
                import('/js/graph-layout.js').then(module => {
                    try {
                        done({ layout: module.layeredLayout(nodes) });
                    } catch (error) {
                        done({ error: `${error.name}: ${error.message}` });
                    }
                }, error => done({ error: `import failed: ${error}` }));
                """, nodes);
    }

    /** A random DAG: each node may come after any earlier one; listed in a shuffled order. */
    private static Map<String, List<String>> randomDag(Random random, int size, double meanPrerequisites) {
        List<String> ids = new ArrayList<>();
        Map<String, List<String>> after = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String id = "t" + i;
            List<String> before = new ArrayList<>();
            for (String earlier : ids) {
                if (random.nextDouble() < meanPrerequisites / ids.size()) {
                    before.add(earlier);
                }
            }
            ids.add(id);
            after.put(id, before);
        }
        Collections.shuffle(ids, random);
        Map<String, List<String>> shuffled = new LinkedHashMap<>();
        ids.forEach(id -> shuffled.put(id, after.get(id)));
        return shuffled;
    }

    private static Map<String, Integer> longestPathLayers(Map<String, List<String>> after) {
        Map<String, Integer> layers = new HashMap<>();
        while (layers.size() < after.size()) {
            for (Map.Entry<String, List<String>> node : after.entrySet()) {
                if (!layers.containsKey(node.getKey()) && layers.keySet().containsAll(node.getValue())) {
                    layers.put(node.getKey(), node.getValue().stream().mapToInt(layers::get).max().orElse(-1) + 1);
                }
            }
        }
        return layers;
    }

    private static boolean overlap(Map<?, ?> a, Map<?, ?> b, double margin) {
        return real(a, "x") < real(b, "x") + real(b, "width") + margin && real(b, "x") < real(a, "x") + real(a, "width") + margin
                && real(a, "y") < real(b, "y") + real(b, "height") + margin && real(b, "y") < real(a, "y") + real(a, "height") + margin;
    }

    private static double real(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static int number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).intValue();
    }

    private static List<Map<String, Object>> roadmapTopics(WebTestClient client, String token) {
        Map<String, Object> roadmap = client.get().uri("/api/v1/roadmap").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        List<Map<String, Object>> topics = new ArrayList<>();
        for (Object topic : (List<?>) roadmap.get("topics")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) topic;
            topics.add(fields);
        }
        return topics;
    }

    private static Map<String, Object> topic(List<Map<String, Object>> topics, String slug) {
        return topics.stream().filter(t -> slug.equals(t.get("slug"))).findFirst().orElseThrow();
    }

    private static String nameOf(List<Map<String, Object>> topics, String slug) {
        return (String) topic(topics, slug).get("name");
    }
}
