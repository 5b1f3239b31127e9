package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.faqbot.kb.Lang;
import org.faqbot.store.Feedback;
import org.faqbot.store.QuestionEvent;
import org.faqbot.store.QuestionEvent.Outcome;
import org.faqbot.store.QuestionLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The maintainers' dashboard in headless Chromium: the token form, the cookie, and feedback from the chat page. */
class AdminDashboardBrowserIT {

    private static final String RENEW = "benefits-faq#q-how-do-i-renew-my-benefits";

    private WebFixture web;
    private Browser browser;

    @BeforeEach
    void start() {
        Browser.requireBrowser();
        web = WebFixture.start();
        browser = Browser.start(1100, 1400);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (web != null) {
            web.close();
        }
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private void signIn(String token) {
        driver().get(web.url("/admin?lang=en"));
        driver().findElement(By.id("token")).sendKeys(token);
        driver().findElement(By.cssSelector("form.login button")).click();
        // The answer to the form is a new page (the dashboard, or the form again with its refusal): the
        // tests look at it only once it is there.
        browser.await(d -> !d.findElements(By.cssSelector("[role=alert], #rates")).isEmpty());
    }

    @Test
    void withoutTheTokenTheDashboardIsNotShown() {
        driver().get(web.url("/admin"));

        assertTrue(driver().findElement(By.id("token")).isDisplayed());
        assertTrue(driver().findElements(By.id("rates")).isEmpty());
        assertTrue(driver().findElements(By.id("feedback")).isEmpty());
        browser.screenshot("admin-login.png");
    }

    @Test
    void aWrongTokenIsRefused() {
        signIn("not-the-token-at-all");

        // The refusal is a new page after the form's POST: wait for it rather than look before it loads.
        assertEquals("That token is not right.", browser.await(d -> d.findElement(By.cssSelector("[role=alert]"))).getText());
        assertTrue(driver().findElements(By.id("rates")).isEmpty());
        assertEquals(null, driver().manage().getCookieNamed(AdminSession.COOKIE));
    }

    @Test
    void theTokenIsKeptInAnHttpOnlyStrictCookie() {
        signIn(WebFixture.ADMIN_TOKEN);

        Cookie cookie = driver().manage().getCookieNamed(AdminSession.COOKIE);
        assertTrue(cookie.isHttpOnly());
        assertEquals("Strict", cookie.getSameSite());
        assertFalse(cookie.getValue().contains(WebFixture.ADMIN_TOKEN));
        driver().get(web.url("/admin"));
        assertTrue(driver().findElement(By.id("rates")).isDisplayed());
    }

    @Test
    void feedbackAndUnansweredQuestionsFromTheChatShowOnTheDashboard() {
        ChatPage chat = new ChatPage(browser).openFresh(web.url("/chat"));
        WebElement answer = chat.ask("How do I renew my benefits?");
        chat.press(answer.findElement(By.cssSelector(".feedback button.down")));
        chat.ask("Hoe verleng ik mijn voordelen?");
        chat.ask("Can I bring my cat to the office?");

        signIn(WebFixture.ADMIN_TOKEN);

        WebElement disliked = driver().findElement(By.cssSelector("#feedback tr[data-lang=en][data-entry='" + RENEW + "']"));
        assertEquals("1", disliked.findElement(By.cssSelector(".down")).getText());
        assertEquals("0", disliked.findElement(By.cssSelector(".up")).getText());
        assertTrue(driver().findElement(By.id("unanswered")).getText().contains("Can I bring my cat to the office?"));
        assertFalse(driver().findElements(By.cssSelector("#rates svg .series-en circle")).isEmpty());
        assertFalse(driver().findElements(By.cssSelector("#rates svg .series-nl circle")).isEmpty());
    }

    @Test
    void chartHasAPointPerWeekAndLanguage() {
        recordFiveWeeks();

        signIn(WebFixture.ADMIN_TOKEN);

        assertEquals(5, driver().findElements(By.cssSelector("#rates svg g.series-en[data-lang] circle")).size());
        assertEquals(5, driver().findElements(By.cssSelector("#rates svg g.series-nl[data-lang] circle")).size());
        assertEquals(10, driver().findElements(By.cssSelector("#rates table tbody tr")).size());
        browser.screenshot("admin.png");
    }

    /** Questions in the five ISO weeks before 1 June 2021, answered more often each week, and some feedback. */
    private void recordFiveWeeks() {
        QuestionLog log = web.stores.questions();
        String[] unanswered = {"Can I get a discount on Azure support?", "Kan ik korting krijgen op Azure-ondersteuning?",
            "Where do I download Windows Server?", "Waar download ik Windows Server?"};
        Instant firstMonday = Instant.parse("2021-05-03T09:00:00Z");
        for (int week = 0; week < 5; week++) {
            for (int i = 0; i < 10; i++) {
                Instant at = firstMonday.plus(Duration.ofDays(7L * week + i % 5));
                Lang lang = i % 2 == 0 ? Lang.EN : Lang.NL;
                Outcome outcome = i < 4 + week ? Outcome.ANSWERED : i == 9 ? Outcome.RULE : Outcome.UNANSWERED;
                String question = outcome == Outcome.UNANSWERED ? unanswered[(i + week) % 2 * 2 + (lang == Lang.NL ? 1 : 0)] : "";
                log.record(new QuestionEvent(at, lang, outcome, question, List.of()));
            }
        }
        log.record(new Feedback(firstMonday, Lang.EN, RENEW, false, ""));
        log.record(new Feedback(firstMonday, Lang.EN, RENEW, true, ""));
        log.record(new Feedback(firstMonday, Lang.NL, "benefits-faq#q-what-does-benefit-expiry-date-mean", false, ""));
    }

    @Test
    void signingOutAsksForTheTokenAgain() {
        signIn(WebFixture.ADMIN_TOKEN);

        browser.await(d -> d.findElements(By.cssSelector("form[action='/admin/logout'] button")).stream().findFirst().orElse(null))
                .click();

        // The sign-out posts a form and the browser then loads the sign-in page: wait for it.
        assertTrue(browser.await(d -> d.findElements(By.id("token")).stream().findFirst().orElse(null)).isDisplayed());
        assertEquals(null, driver().manage().getCookieNamed(AdminSession.COOKIE));
    }
}
