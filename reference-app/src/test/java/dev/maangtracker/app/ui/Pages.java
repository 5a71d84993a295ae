package dev.maangtracker.app.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests do on the app's pages: open one, wait for it to finish loading, find, type,
 * click, press keys and run script. Waits give up after {@link #WAIT}.
 */
final class Pages {

    static final Duration WAIT = Duration.ofSeconds(40);
    /** Most Tab presses to reach a control: more means it is not reachable in a sensible order. */
    static final int MAX_TABS = 80;

    final ChromeDriver driver;
    private final String baseUrl;

    Pages(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Opens a path of the app, e.g. {@code /roadmap.html}. */
    void go(String path) {
        driver.get(baseUrl + path);
    }

    /** Waits until the page at the path has loaded its data (its script marks the body). */
    void waitLoaded(String path) {
        until(d -> d.getCurrentUrl().contains(path));
        until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
    }

    /** Signs in through the sign-in form and waits for the dashboard. */
    void signIn(String email, String password) {
        go("/");
        type("signin-email", email);
        type("signin-password", password);
        click(By.cssSelector("#signin-form button[type=submit]"));
        waitLoaded("/dashboard.html");
    }

    WebElement waitFor(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void until(Function<WebDriver, Boolean> condition) {
        waiting().until(condition::apply);
    }

    /** Pages re-render lists after each change: an element found a moment ago may be replaced; look again. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement element(String id) {
        return driver.findElement(By.id(id));
    }

    String text(String id) {
        return element(id).getText();
    }

    String text(By locator) {
        return driver.findElement(locator).getText();
    }

    List<String> texts(By locator) {
        return driver.findElements(locator).stream().map(WebElement::getText).toList();
    }

    int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    void type(String id, String value) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(value);
    }

    void click(By locator) {
        waiting().until(d -> {
            WebElement target = ExpectedConditions.elementToBeClickable(locator).apply(d);
            if (target == null) {
                return false;
            }
            target.click();
            return true;
        });
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs script that calls its last argument with the result. */
    Object jsAsync(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** Presses keys on whatever has focus, as a keyboard would. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Shift+Tab: focus moves back. */
    void pressShiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    /** Whether the focused element matches the CSS selector. */
    boolean focusIs(String css) {
        return Boolean.TRUE.equals(js("return document.activeElement.matches(arguments[0])", css));
    }

    /**
     * Presses Tab until the focused element matches the selector; fails when it is not reached in
     * {@link #MAX_TABS} presses.
     */
    void tabTo(String css) {
        for (int presses = 0; presses < MAX_TABS; presses++) {
            if (focusIs(css)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + css + " on " + driver.getCurrentUrl());
    }
}
