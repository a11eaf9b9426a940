package io.crosscheck.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The claims page on a gateway with API keys (the profile of {@link ApiKeyTest}, backends down): the page itself loads
 * without a key, asks for one when the API answers 401, sends it from then on (kept in sessionStorage for the tab), and
 * forgets a key the API refuses.
 */
@QuarkusTest
@TestProfile(ApiKeyTest.KeysConfigured.class)
class ApiKeyPageBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static SystemChromium chromium;

    @TestHTTPResource("/index.html")
    URL page;

    @BeforeAll
    static void startBrowser() {
        chromium = SystemChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void thePageAsksForTheKeyOnceAndSendsIt() {
        WebDriver browser = chromium.driver();
        browser.get(page.toString());
        dismissAnyPrompt(browser);
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();

        Alert prompt = new WebDriverWait(browser, WAIT).until(ExpectedConditions.alertIsPresent());
        assertThat(prompt.getText()).contains("API key");
        prompt.sendKeys(ApiKeyTest.KEY);
        prompt.accept();

        // Past the key check the store is down: the page shows the gateway's 503 detail, not the 401 one.
        awaitStatus(browser, "unreachable");
        assertThat(storedKey(browser)).isEqualTo(ApiKeyTest.KEY);

        browser.navigate().refresh();
        awaitStatus(browser, "unreachable");
        assertThatThrownBy(() -> browser.switchTo().alert()).as("no second prompt").isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void aRefusedKeyIsForgottenAndAskedForAgain() {
        WebDriver browser = chromium.driver();
        browser.get(page.toString());
        dismissAnyPrompt(browser);
        ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('crosscheck.apiKey', 'not-a-key')");
        browser.navigate().refresh();

        Alert prompt = new WebDriverWait(browser, WAIT).until(ExpectedConditions.alertIsPresent());
        prompt.dismiss();

        awaitStatus(browser, "API key");
        assertThat(storedKey(browser)).isNull();
    }

    private static void awaitStatus(WebDriver browser, String text) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
    }

    private static Object storedKey(WebDriver browser) {
        return ((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('crosscheck.apiKey')");
    }

    private static void dismissAnyPrompt(WebDriver browser) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).dismiss();
        } catch (org.openqa.selenium.TimeoutException none) {
            // the key was already there
        }
    }
}
