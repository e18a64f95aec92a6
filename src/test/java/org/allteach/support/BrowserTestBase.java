package org.allteach.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ElementState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests in headless Chromium (Debian's, no download), clicking through the portal like a person.
 * One browser per test class, a fresh browser context (cookies, session) per test.
 */
public abstract class BrowserTestBase extends IntegrationTestBase {

    private static final Path CHROMIUM = Paths.get(System.getProperty("allteach.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        // 5 s (Playwright's default) is short for a save and a page change on 2 cores shared with other builds.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM + ". On Debian/Ubuntu: "
                    + "apt-get install chromium (or pass -Dallteach.chromium=/path/to/chromium).");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                // The network is closed: without these Chromium keeps trying to reach Google.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** On failure, a screenshot of what the browser showed: target/screenshots/FAILED-<test>.png. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = extension -> {
        if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("FAILED-" + extension.getRequiredTestClass().getSimpleName() + "-"
                            + extension.getRequiredTestMethod().getName() + ".png")));
        }
    };

    @BeforeEach
    void openPage() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** A second, separate browser session (someone else, or the same person on another device). */
    protected Page newSession() {
        return newContext().newPage();
    }

    private BrowserContext newContext() {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 860).setLocale("en-US").setTimezoneId("America/Chicago"));
        created.setDefaultTimeout(20_000);
        return created;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Opens a page of the portal and waits until Vaadin has rendered it. */
    protected void open(Page target, String path) {
        target.navigate(url(path));
        waitForVaadin(target);
    }

    protected void open(String path) {
        open(page, path);
    }

    /** Links in emails point at the configured public URL; the test server runs on a random port. */
    protected String localised(String emailLink) {
        return url(emailLink.replaceFirst("^https?://[^/]+/", ""));
    }

    protected void signIn(Page target, String email, String password) {
        open(target, "login");
        target.locator("vaadin-login-form vaadin-text-field[name='username'] input").fill(email);
        target.locator("vaadin-login-form vaadin-password-field[name='password'] input").fill(password);
        target.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        target.waitForURL(url -> !url.contains("/login"));
        waitForVaadin(target);
    }

    protected void signIn(Scenarios.Person person) {
        signIn(page, person.email(), Scenarios.PASSWORD);
    }

    /** Waits until Vaadin has no request in flight, so what is on screen is what the server sent. */
    protected static void waitForVaadin(Page target) {
        target.waitForFunction("() => { const f = window.Vaadin && window.Vaadin.Flow; if (!f || !f.clients) "
                + "return false; const cs = Object.values(f.clients); return cs.length > 0 && "
                + "cs.every(c => !c.isActive || !c.isActive()); }");
    }

    protected void waitForVaadin() {
        waitForVaadin(page);
    }

    protected Locator button(Page target, String name) {
        return target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected Locator button(String name) {
        return button(page, name);
    }

    /** The input of a Vaadin field by its label. */
    protected Locator field(Page target, String label) {
        return target.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    protected Locator field(String label) {
        return field(page, label);
    }

    /** The error message a Vaadin field shows under itself. */
    protected Locator errorOf(Page target, String fieldTag, String label) {
        return target.locator(fieldTag + "[invalid]").filter(new Locator.FilterOptions()
                .setHas(target.getByLabel(label, new Page.GetByLabelOptions().setExact(true))))
                .locator("[slot='error-message']");
    }

    protected Locator errorOf(String fieldTag, String label) {
        return errorOf(page, fieldTag, label);
    }

    /** Picks an option of a vaadin-select, or types into a vaadin-combo-box and picks the match, by its text. */
    protected void choose(Page target, String fieldTag, String label, String option) {
        Locator input = target.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        String itemTag;
        if (fieldTag.equals("vaadin-select")) {
            target.locator(fieldTag).filter(new Locator.FilterOptions().setHas(input)).click();
            itemTag = "vaadin-select-item";
        } else {
            input.fill(option);
            itemTag = fieldTag + "-item";
        }
        ElementHandle item = target.locator(itemTag + ":visible").filter(new Locator.FilterOptions().setHasText(option))
                .first().elementHandle();
        item.click();
        if (fieldTag.equals("vaadin-select")) {
            // the list fades out: until it has, the next select's items are not the only visible ones
            item.waitForElementState(ElementState.HIDDEN);
        }
        if (fieldTag.equals("vaadin-multi-select-combo-box")) {
            input.press("Escape"); // the list stays open for more choices
        }
        waitForVaadin(target);
    }

    /** Types a date into a vaadin-date-picker the way people do, and confirms it. */
    protected void fillDate(String label, String date) {
        field(label).fill(date);
        field(label).press("Enter");
        waitForVaadin();
    }

    protected void choose(String fieldTag, String label, String option) {
        choose(page, fieldTag, label, option);
    }

    /** Saves a full-page screenshot under target/screenshots/ for people to look at. */
    protected void screenshot(Page target, String name) {
        waitForVaadin(target);
        target.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    protected void screenshot(String name) {
        screenshot(page, name);
    }
}
