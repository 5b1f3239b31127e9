package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The chat page in headless Chromium over a knowledge base with more than the Benefits FAQ: the documentation's page. */
class DocumentationPageBrowserIT {

    private static ChatPageSession session;
    private static WebFixture web;
    private static Browser browser;
    private static ChatPage page;

    @BeforeAll
    static void start() {
        // The fixture holds the Benefits FAQ and a page of its own: a knowledge base of the documentation.
        session = ChatPageSession.start(() -> WebFixture.over(fixtureKb()));
        web = session.web();
        browser = session.browser();
        page = session.page();
    }

    private static KnowledgeBase fixtureKb() {
        try (InputStream in = DocumentationPageBrowserIT.class.getResourceAsStream("/kb/fixture-kb.json")) {
            return KnowledgeBaseJson.read(in, "fixture-kb.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        ChatPageSession.closeIfStarted(session);
    }

    @Test
    void theWelcomeNamesTheDocumentationAndItsExampleAnswersWhenPressed() {
        page.openFresh(web.url("/?lang=en"));
        String intro = browser.driver().findElement(By.cssSelector("#welcome p")).getText();
        List<WebElement> examples = browser.driver().findElements(By.cssSelector("#welcome button"));
        assertEquals("Questions about the Microsoft Partner Center documentation, in English or Dutch. I can also work out the dates of"
                + " your partner-programme (MPN) benefits.", intro);
        assertEquals("What does “Benefit Expiry Date” mean", examples.get(0).getText());

        WebElement answer = page.press(examples.get(0));

        assertEquals("https://docs.microsoft.com/en-us/partner-center/benefits-faq#q-what-does-benefit-expiry-date-mean",
                answer.findElement(By.cssSelector(".source a")).getAttribute("href"));
        assertTrue(page.userMessages().get(0).getText().endsWith("What does “Benefit Expiry Date” mean"), page.userMessages().get(0).getText());
    }
}
