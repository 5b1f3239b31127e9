package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The one-line embed snippet on another site (a "partner portal" on another origin: localhost instead
 * of 127.0.0.1), allowed by FAQBOT_EMBED_ORIGINS, in headless Chromium.
 */
class EmbedSnippetBrowserIT {

    private HttpServer portal;
    private WebFixture web;
    private Browser browser;

    @BeforeEach
    void start() throws IOException {
        Browser.requireBrowser();
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        String origin = "http://localhost:" + portal.getAddress().getPort();
        web = WebFixture.start(List.of(origin), 0);
        byte[] page = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Partner portal</title></head>"
                + "<body style=\"font-family:sans-serif;margin:2rem\"><h1>Contoso partner portal</h1>"
                + "<p>Your benefits, your partner programme, your renewals.</p>\n"
                + "<script src=\"" + web.url("/embed.js") + "\" async></script>\n</body></html>").getBytes(StandardCharsets.UTF_8);
        portal.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        portal.start();
        browser = Browser.start(1100, 800);
        browser.driver().get(origin + "/");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (web != null) {
            web.close();
        }
        portal.stop(0);
    }

    private WebElement openChat() {
        WebElement button = browser.await(d -> d.findElement(By.id("faqbot-embed-button")));
        button.click();
        WebElement frame = browser.driver().findElement(By.cssSelector("#faqbot-embed iframe"));
        browser.driver().switchTo().frame(frame);
        return frame;
    }

    @Test
    void theButtonOpensAChatThatAnswers() {
        openChat();
        ChatPage chat = new ChatPage(browser).awaitReady();

        WebElement answer = chat.ask("How do I renew my benefits?");

        assertTrue(answer.getText().contains("Use the following procedure to renew your benefits"), answer.getText());
        browser.driver().switchTo().defaultContent();
        assertEquals("true", browser.driver().findElement(By.id("faqbot-embed-button")).getAttribute("aria-expanded"));
        browser.screenshot("embed.png");
    }

    @Test
    void theOpenChatAndItsConversationSurviveAReloadOfTheSite() {
        openChat();
        new ChatPage(browser).awaitReady().ask("Until when can I use my product key?");
        browser.driver().switchTo().defaultContent();

        browser.driver().navigate().refresh();
        WebElement frame = browser.await(d -> d.findElement(By.cssSelector("#faqbot-embed iframe")));
        browser.await(d -> frame.isDisplayed());
        browser.driver().switchTo().frame(frame);
        ChatPage chat = new ChatPage(browser).awaitReady();
        WebElement answer = chat.ask("1 December 2020");

        assertTrue(answer.getText().contains("until 1 December 2021"), answer.getText());
    }
}
