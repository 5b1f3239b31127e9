package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The chat page in headless Chromium against the real core: what a partner sees and does. */
class ChatPageBrowserIT {

    private static final String EN_SOURCE = "https://docs.microsoft.com/en-us/partner-center/benefits-faq#q-how-do-i-renew-my-benefits";

    private static ChatPageSession session;
    private static WebFixture web;
    private static Browser browser;
    private static ChatPage page;

    @BeforeAll
    static void start() {
        session = ChatPageSession.start(WebFixture::start);
        web = session.web();
        browser = session.browser();
        page = session.page();
    }

    @AfterAll
    static void stop() {
        ChatPageSession.closeIfStarted(session);
    }

    @BeforeEach
    void firstVisit() {
        browser.driver().manage().window().setSize(new Dimension(1100, 860));
        browser.darkMode(false);
        page.openFresh(web.url("/"));
    }

    @Test
    void englishQuestionShowsTheFormattedAnswerAndItsSourceLink() {
        WebElement answer = page.ask("How do I renew my benefits?");

        assertTrue(answer.getText().contains("Use the following procedure to renew your benefits"), answer.getText());
        assertEquals(4, answer.findElements(By.cssSelector(".answer ol > li")).size());
        assertEquals("MPN", answer.findElement(By.cssSelector(".answer li strong")).getText());
        assertEquals(EN_SOURCE, answer.findElement(By.cssSelector(".source a")).getAttribute("href"));
        browser.screenshot("chat-en.png");
    }

    @Test
    void dutchQuestionShowsTheDutchAnswerAndItsSourceLink() {
        page.chooseLanguage("nl");

        WebElement answer = page.ask("Hoe verleng ik mijn voordelen?");

        assertEquals("nl", answer.getAttribute("lang"));
        assertTrue(answer.getText().contains("Gebruik de volgende procedure"), answer.getText());
        assertTrue(answer.findElement(By.cssSelector(".source a")).getAttribute("href").contains("/nl-nl/partner-center/"));
        assertEquals("Vraag het faqbot", page.heading());
        browser.screenshot("chat-nl.png");
    }

    @Test
    void emptyChatShowsExamplesThatAskWhenPressed() {
        List<WebElement> examples = browser.driver().findElements(By.cssSelector("#welcome button"));
        assertTrue(browser.driver().findElement(By.id("welcome")).isDisplayed());
        assertEquals(4, examples.size());
        browser.screenshot("chat-empty.png");

        WebElement answer = page.press(examples.get(0));

        assertTrue(answer.getText().contains("renew your benefits"), answer.getText());
        assertFalse(browser.driver().findElement(By.id("welcome")).isDisplayed());
    }

    @Test
    void suggestionButtonAsksItsQuestion() {
        WebElement unsure = page.ask("benefits");
        WebElement renew = unsure.findElements(By.cssSelector(".choices button")).stream()
                .filter(b -> b.getText().startsWith("How do I renew my benefits")).findFirst().orElseThrow();

        WebElement answer = page.press(renew);

        assertTrue(answer.getText().contains("Use the following procedure to renew your benefits"), answer.getText());
        List<WebElement> asked = page.userMessages();
        assertTrue(asked.get(asked.size() - 1).getText().contains("How do I renew my benefits"), asked.get(asked.size() - 1).getText());
    }

    @Test
    void conversationSurvivesAReload() {
        page.ask("Until when can I use my product key?");

        page.reload();
        WebElement answer = page.ask("1 December 2020");

        assertEquals(2, page.userMessages().size());
        assertTrue(answer.getText().contains("until 1 December 2021"), answer.getText());
    }

    @Test
    void typingIndicatorShowsWhileAnAnswerTakesLonger() {
        int before = page.answers().size();
        WebElement input = browser.driver().findElement(By.id("q"));
        input.sendKeys(WebFixture.SLOW + " How do I renew my benefits?\n");

        browser.await(d -> d.findElement(By.id("typing")).isDisplayed());
        page.awaitAnswer(before);

        assertFalse(browser.driver().findElement(By.id("typing")).isDisplayed());
    }

    @Test
    void htmlTypedByTheUserIsShownAsText() {
        String typed = "<img src=x onerror=\"document.title='pwned'\"><b>bold?</b>";

        page.ask(typed);

        WebElement mine = page.userMessages().get(0);
        assertTrue(mine.getText().contains(typed), mine.getText());
        assertTrue(mine.findElements(By.cssSelector("img, b")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector("#log img")).isEmpty());
        assertFalse(browser.driver().getTitle().contains("pwned"));
    }

    @Test
    void overTheRateLimitThePageSaysWhenToTryAgain() {
        try (WebFixture limited = WebFixture.start(List.of(), 2)) {
            page.openFresh(limited.url("/chat"));
            page.ask("How do I renew my benefits?");
            page.ask("benefits");

            WebElement input = browser.driver().findElement(By.id("q"));
            input.sendKeys("When can I renew my membership?\n");

            WebElement error = browser.await(d -> {
                WebElement e = d.findElement(By.id("error"));
                return e.isDisplayed() ? e : null;
            });
            assertTrue(error.getText().matches("You are asking very quickly\\. Please wait \\d+ seconds and try again\\."), error.getText());
            assertEquals(2, page.answers().size());
        }
    }

    @Test
    void phoneWidthInDarkModeFitsWithoutSidewaysScrolling() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.darkMode(true);
        page.reload();

        page.ask("Until when can I use my product key?");
        page.ask("1 December 2020");

        Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "scrolls sideways by " + overflow + " px");
        browser.screenshot("chat-phone-dark.png");
    }
}
