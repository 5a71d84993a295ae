package dev.maangtracker.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, with a fresh profile that is
 * deleted on {@link #close()}. When the browser is not installed the calling test is skipped
 * with a loud banner, except under {@code CI=true}, where it fails: CI must run the browser tests
 * ({@code scripts/browser.sh} installs it), as {@code RealServices} does for the services.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MAANG_TEST_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("MAANG_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Where the screenshots go; the build keeps them as artifacts. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;
    /** Whether the viewport is emulated: headless Chromium keeps windows at least 500 px wide. */
    private boolean emulated;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A new browser window of the given size (CSS pixels). */
    static Browser open(int width, int height) {
        requireInstalled(System.getenv());
        try {
            Path profile = Files.createTempDirectory("maang-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                    "--lang=en-US");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            Browser browser = new Browser(driver, profile);
            browser.resize(width, height);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips (or, in CI, fails) unless Chromium and chromedriver are installed. */
    static void requireInstalled(Map<String, String> env) {
        requireInstalled(env, CHROMIUM, CHROMEDRIVER);
    }

    static void requireInstalled(Map<String, String> env, Path chromium, Path chromedriver) {
        if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
            return;
        }
        String message = "Chromium (" + chromium + ") or chromedriver (" + chromedriver + ") is not installed."
                + " Run 'sudo bash scripts/browser.sh' (apt packages chromium and chromium-driver).";
        if ("true".equalsIgnoreCase(env.getOrDefault("CI", "").trim())) {
            throw new IllegalStateException("CI=true and " + message);
        }
        System.err.println();
        System.err.println("#".repeat(100));
        System.err.println("# SKIPPING browser test: " + message);
        System.err.println("#".repeat(100));
        System.err.println();
        Assumptions.abort(message);
    }

    /**
     * Sets the viewport's size in CSS pixels. Narrower than the window can be (a phone), the
     * viewport is emulated as a mobile one, which also honours the pages' viewport meta tag.
     */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Number actual = (Number) driver.executeScript("return window.innerWidth");
        if (emulated || actual.intValue() != width) {
            emulated = true;
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", true));
        }
    }

    /** Saves a PNG of the page under {@link #SCREENSHOTS}; answers its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a PNG of one element of the page (all of it, the page resized to show it) under {@link #SCREENSHOTS}. */
    Path screenshot(String name, WebElement element) {
        return atFullHeight(() -> {
            try {
                Files.createDirectories(SCREENSHOTS);
                Path target = SCREENSHOTS.resolve(name + ".png");
                Files.copy(element.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The page resized to its full height, so that the screenshot shows all of it. */
    Path fullPageScreenshot(String name) {
        return atFullHeight(() -> screenshot(name));
    }

    /** Runs the action with the viewport as tall as the page (up to 4000 px), then restores it. */
    private Path atFullHeight(Supplier<Path> action) {
        Object height = driver.executeScript("window.scrollTo(0, 0); return document.documentElement.scrollHeight");
        int width = ((Number) driver.executeScript("return window.innerWidth")).intValue();
        int viewport = ((Number) driver.executeScript("return window.innerHeight")).intValue();
        Dimension size = driver.manage().window().getSize();
        if (emulated) {
            resize(width, Math.min(4000, ((Number) height).intValue()));
        } else {
            driver.manage().window().setSize(new Dimension(size.getWidth(), Math.min(4000, ((Number) height).intValue() + 120)));
        }
        try {
            return action.get();
        } finally {
            if (emulated) {
                resize(width, viewport);
            } else {
                driver.manage().window().setSize(size);
            }
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // A temporary profile left behind is harmless.
            }
        }
    }
}
