package dev.maangtracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages' source obeys the rules that keep them safe and accessible: nothing inline that a
 * Content-Security-Policy without {@code 'unsafe-inline'} would block, every form control labelled,
 * landmarks and a skip link on every page, and scripts that never parse data as HTML or code.
 */
class StaticPagesTest {

    private static final Path STATIC = Path.of("src", "main", "resources", "static");
    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(STATIC)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    static Stream<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(STATIC.resolve("js"))) {
            return files.filter(path -> path.toString().endsWith(".js")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void hasNoInlineScriptHandlerOrStyle(Path page) throws IOException {
        String html = Files.readString(page);
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find())
                .as("inline <script> in %s", page).isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("inline event handler in %s", page).isFalse();
        assertThat(Pattern.compile("\\sstyle\\s*=").matcher(html).find()).as("style attribute in %s", page).isFalse();
        assertThat(html).doesNotContain("javascript:");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void labelsEveryControl(Path page) throws IOException {
        String html = Files.readString(page);
        List<String> unlabelled = new ArrayList<>();
        Matcher control = CONTROL.matcher(html);
        while (control.find()) {
            String attributes = control.group(2);
            Matcher id = ID.matcher(attributes);
            boolean labelled = attributes.contains("aria-label")
                    || id.find() && html.contains("<label for=\"" + id.group(1) + "\"")
                    || html.substring(Math.max(0, control.start() - 40), control.start()).contains("<label class=\"inline\">");
            if (!labelled) {
                unlabelled.add(control.group());
            }
        }
        assertThat(unlabelled).as("controls without a label in %s", page).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void hasLanguageViewportLandmarksAndSkipLink(Path page) throws IOException {
        String html = Files.readString(page);
        assertThat(html).contains("<html lang=\"en\">", "name=\"viewport\"", "<main id=\"main\">",
                "<header class=\"site\">", "class=\"skip-link\" href=\"#main\"", "<h1", "<title>");
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void neverTurnsDataIntoHtmlOrCode(Path script) throws IOException {
        String js = Files.readString(script);
        assertThat(js).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function", "localStorage");
    }
}
