package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateExtractor;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;

/**
 * The rule router as the assistant builds it (the shipped rule book, the standard intent threshold), for the tests of
 * which rule and dates a message gets. One router serves every test: it keeps nothing of the messages it routes.
 */
final class TestRouters {

    /** The day the routing tests take as today unless they say otherwise: Sunday 6 December 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static final RuleRouter STANDARD = new RuleRouter(RuleBook.standard(), new DateReader(new DateExtractor()),
            DialogSettings.standard().intentThreshold());

    private TestRouters() {
    }

    static RuleRouter standard() {
        return STANDARD;
    }

    /** {@code text} routed on {@link #TODAY} without an open question. */
    static RuleRouter.Routing route(String text, Lang lang) {
        return STANDARD.route(text, lang, TODAY);
    }

    /** The id of the rule the routing chose, if any. */
    static Optional<String> ruleOf(RuleRouter.Routing routing) {
        return routing.rule().map(DateRule::id);
    }
}
