package org.faqbot.http;

import java.util.function.Supplier;

/**
 * A web fixture with a browser on its chat page, started and closed together: the chat page's browser tests all
 * need the three, and closing them in the right order (the browser before the server it talks to) is easy to get wrong.
 */
record ChatPageSession(WebFixture web, Browser browser, ChatPage page) implements AutoCloseable {

    /** Starts {@code server} and a 1100 x 860 browser; fails (or skips) before starting anything when there is no browser. */
    static ChatPageSession start(Supplier<WebFixture> server) {
        Browser.requireBrowser();
        WebFixture web = server.get();
        try {
            Browser browser = Browser.start(1100, 860);
            return new ChatPageSession(web, browser, new ChatPage(browser));
        } catch (RuntimeException | Error e) {
            web.close();
            throw e;
        }
    }

    /** Closes {@code session} when a {@code @BeforeAll} got as far as starting it. */
    static void closeIfStarted(ChatPageSession session) {
        if (session != null) {
            session.close();
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            web.close();
        }
    }
}
