package org.faqbot.http;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.faqbot.dialog.Assistant;
import org.faqbot.dialog.Coverage;
import org.faqbot.dialog.FaqAssistant;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.dialog.Metrics;
import org.faqbot.dialog.RecentErrors;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.TestAssistants;
import org.faqbot.dialog.TestClock;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.store.Stores;

/**
 * The HTTP side as {@code serve} builds it, on a free port: the real core over the shipped Benefits
 * FAQ (or a knowledge base of the test's) with in-memory stores, the chat page, and the dashboard over the same question log. A message
 * containing {@link #SLOW} is answered after {@link #SLOW_DELAY}, to see the typing indicator.
 */
final class WebFixture implements AutoCloseable {

    static final String ADMIN_TOKEN = "test-admin-token-0123456789";
    static final String SLOW = "[slow]";
    static final Duration SLOW_DELAY = Duration.ofMillis(1200);

    final TestClock clock = TestClock.at("2021-06-01");
    final Stores stores = Stores.inMemory();
    final RecentErrors errors = new RecentErrors(clock);
    final HttpApi api;

    private WebFixture(WebSettings settings) {
        this(settings, Optional.empty());
    }

    /** {@code kb}: the knowledge base of the core; empty for the shipped Benefits FAQ. */
    private WebFixture(WebSettings settings, Optional<KnowledgeBase> kb) {
        Assistant core = slowWhenAsked(kb.isEmpty() ? TestAssistants.standard(clock, stores) : FaqAssistant.create(kb.get(), stores, clock));
        Dashboard dashboard = new Dashboard(stores.questions(), clock,
                () -> new Dashboard.KbStatus("/faq-data/kb.json (in the jar)", TestAssistants.benefitsFaq().size(), clock.instant()), errors);
        api = HttpApi.start(0, new HttpApi.Endpoints(() -> core, new Metrics(), () -> true, () -> true),
                new HttpApi.Web(settings, Optional.of(dashboard)));
    }

    /** The dashboard on, embedding allowed from {@code embedOrigins}, at most {@code askPerMinute} questions a minute. */
    static WebFixture start(List<String> embedOrigins, int askPerMinute) {
        return new WebFixture(new WebSettings(0, Optional.of(ADMIN_TOKEN), embedOrigins, askPerMinute, 1000));
    }

    static WebFixture start() {
        return start(List.of(), 0);
    }

    /** The chat page over a core of {@code kb}, without limits. */
    static WebFixture over(KnowledgeBase kb) {
        return new WebFixture(new WebSettings(0, Optional.of(ADMIN_TOKEN), List.of(), 0, 1000), Optional.of(kb));
    }

    String url(String path) {
        return "http://127.0.0.1:" + api.port() + path;
    }

    @Override
    public void close() {
        api.close();
    }

    private static Assistant slowWhenAsked(Assistant core) {
        return new Assistant() {
            @Override
            public Reply reply(IncomingMessage message) {
                if (message.text().contains(SLOW)) {
                    try {
                        Thread.sleep(SLOW_DELAY.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return core.reply(message);
            }

            @Override
            public List<Reply> lookup(String query, Optional<Lang> langHint, int max) {
                return core.lookup(query, langHint, max);
            }

            @Override
            public Coverage coverage() {
                return core.coverage();
            }
        };
    }
}
