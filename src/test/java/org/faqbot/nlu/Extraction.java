package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.List;
import org.faqbot.kb.Lang;

/** Runs the default extractor and unwraps its single mention, with messages that quote the input. */
final class Extraction {

    static final DateExtractor EXTRACTOR = new DateExtractor();

    private Extraction() {
    }

    static List<DateMention> mentions(String message, Lang lang, LocalDate today, YearlessPolicy policy) {
        return EXTRACTOR.extract(message, lang, today, policy);
    }

    static DateMention single(String message, Lang lang, LocalDate today, YearlessPolicy policy) {
        List<DateMention> found = mentions(message, lang, today, policy);
        assertEquals(1, found.size(), () -> "mentions in '" + message + "': " + found);
        return found.get(0);
    }

    static ResolvedDate resolved(String message, Lang lang, LocalDate today, YearlessPolicy policy) {
        DateMention mention = single(message, lang, today, policy);
        return assertInstanceOf(ResolvedDate.class, mention, () -> "'" + message + "' gave " + mention);
    }

    static LocalDate date(String message, Lang lang, LocalDate today, YearlessPolicy policy) {
        return resolved(message, lang, today, policy).date();
    }

    static LocalDate pastDate(String message, Lang lang, LocalDate today) {
        return date(message, lang, today, YearlessPolicy.MOST_RECENT_PAST);
    }
}
