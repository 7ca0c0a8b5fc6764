package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Swagger UI on the gateway in a real browser, as an integrator meets it: open the page, "Authorize"
 * through Keycloak's login form ({@code clinic-web}, authorization code with PKCE), then "Try it
 * out" on {@code GET /api/v1/patients} and see the clinic's patients. Headless Chromium (see
 * {@link HeadlessChromium}); the screenshot of the answer stays in {@code target/screenshots/}.
 */
class SwaggerUiBrowserIT {

    static final By AUTHORIZE_OPEN = By.cssSelector(".auth-wrapper .btn.authorize");
    static final By DIALOG = By.cssSelector(".dialog-ux .modal-ux");
    /** The oauth2 scheme's authorization-code flow in the dialog (it also offers client credentials). */
    static final By AUTHORIZATION_CODE = By.xpath("//div[contains(@class,'modal-ux')]//p[contains(@class,'flow')]"
            + "/code[starts-with(normalize-space(),'authorizationCode')]"
            + "/ancestor::div[.//button[contains(@class,'authorize')]][1]");
    static final By LIST_PATIENTS = By.cssSelector("div.opblock.opblock-get[id$='-listPatients']");

    @RegisterExtension
    final HeadlessChromium browser = new HeadlessChromium();

    @Test
    void frontDeskSignsInThroughKeycloakAndListsPatientsFromTheSwaggerUi() {
        WebDriver driver = browser.driver();
        driver.get(StackConfig.gatewayUrl() + "/q/swagger-ui/");
        String swaggerUi = driver.getWindowHandle();
        // the merged document is loaded once its operations are on the page
        WebElement operation = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(LIST_PATIENTS));

        signIn(DemoUser.FRONTDESK_NORTHSIDE, swaggerUi);

        // Try it out: expand the operation, switch to editing, clear the example values, execute.
        click(operation.findElement(By.cssSelector(".opblock-summary-control")));
        click(browser.waiting().until(ExpectedConditions.elementToBeClickable(
                inListPatients(".try-out__btn"))));
        for (WebElement input : driver.findElements(inListPatients(".parameters input[type='text']"))) {
            // React only sees typed changes: select everything and delete it
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        click(browser.waiting().until(ExpectedConditions.elementToBeClickable(inListPatients(".btn.execute"))));

        WebElement status = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                inListPatients(".live-responses-table tr.response .response-col_status")));
        WebElement curlCommand = driver.findElement(inListPatients(".curl-command"));
        // the picture: the request with its token, the 200 and the start of the page of patients
        scrollTo(curlCommand, "start");
        assertThat(status.getText().strip())
                .as(() -> "the status Swagger UI shows; browser console:\n" + browser.console())
                .startsWith("200");
        Path screenshot = browser.screenshot("patients-200");
        System.out.println("Swagger UI showing the 200: " + screenshot.toAbsolutePath());
        String curl = curlCommand.getText();
        assertThat(curl).as("the request Swagger UI sent").contains("/api/v1/patients").containsPattern(
                "Authorization: Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        String body = driver.findElement(inListPatients(".live-responses-table tr.response .response-col_description"))
                .getText();
        assertThat(body).as("the page of patients").contains("\"items\"");
    }

    /** "Authorize" → oauth2 (authorization code) → Keycloak's login form → back, authorized. */
    private void signIn(DemoUser user, String swaggerUi) {
        WebDriver driver = browser.driver();
        click(browser.waiting().until(ExpectedConditions.elementToBeClickable(AUTHORIZE_OPEN)));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        WebElement flow = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(AUTHORIZATION_CODE));
        for (WebElement scope : flow.findElements(By.cssSelector("input[type='checkbox']"))) {
            if (!scope.isSelected()) {
                // the checkbox itself is hidden behind its styled label
                click(flow.findElement(By.cssSelector("label[for='" + scope.getAttribute("id") + "']")));
            }
        }
        Set<String> before = driver.getWindowHandles();
        click(flow.findElement(By.cssSelector("button.authorize")));

        // Swagger UI opens the login in a new window; be ready for the same one too.
        String realm = StackConfig.oidcUrl();
        browser.waiting().until(d -> d.getWindowHandles().size() > before.size()
                || d.getCurrentUrl().startsWith(realm));
        boolean popup = driver.getWindowHandles().size() > before.size();
        if (popup) {
            String login = driver.getWindowHandles().stream().filter(handle -> !before.contains(handle))
                    .findFirst().orElseThrow();
            driver.switchTo().window(login);
        }
        WebElement username = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).as("the login page").startsWith(realm + "/protocol/openid-connect/auth")
                .contains("client_id=clinic-web").contains("code_challenge_method=S256");
        username.sendKeys(user.username());
        driver.findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
        try {
            driver.findElement(By.id("kc-login")).click();
        } catch (NoSuchWindowException e) {
            // the login window went its way (redirect page, closed) before the click returned
        }

        if (popup) {
            // the redirect page hands the code to Swagger UI and closes its window
            browser.waiting().until(d -> d.getWindowHandles().size() == before.size());
            driver.switchTo().window(swaggerUi);
        } else {
            browser.waiting().until(d -> d.getCurrentUrl().startsWith(StackConfig.gatewayUrl() + "/q/swagger-ui"));
        }

        // Swagger UI exchanges the code (with its PKCE verifier) at Keycloak's token endpoint.
        String outcome = browser.waiting().until(d -> {
            List<WebElement> flows = d.findElements(AUTHORIZATION_CODE);
            if (flows.isEmpty()) {
                return null;
            }
            String text = flows.get(0).getText();
            if (!flows.get(0).findElements(By.cssSelector(".errors")).isEmpty()) {
                return "error: " + text;
            }
            return text.contains("Authorized") && text.contains("Logout") ? "authorized" : null;
        });
        scrollTo(driver.findElement(AUTHORIZATION_CODE));
        browser.screenshot("authorized");
        assertThat(outcome).as(() -> "the oauth2 section of the dialog; browser console:\n" + browser.console())
                .isEqualTo("authorized");

        click(driver.findElement(By.cssSelector(".dialog-ux .btn-done")));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        assertThat(driver.findElement(AUTHORIZE_OPEN).getAttribute("class")).as("the Authorize button")
                .contains("locked");
    }

    private static By inListPatients(String css) {
        return By.cssSelector("div.opblock.opblock-get[id$='-listPatients'] " + css);
    }

    private void scrollTo(WebElement element) {
        scrollTo(element, "center");
    }

    private void scrollTo(WebElement element, String block) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: arguments[1]});", element, block);
    }

    /** Clicks in the middle of the window, clear of Swagger UI's sticky bars. */
    private void click(WebElement element) {
        scrollTo(element);
        element.click();
    }
}
