package org.faqbot.ingest;

import java.util.regex.Pattern;
import org.faqbot.kb.Bilingual;

/**
 * Tells question headings from other headings. FAQ pages write questions as "V. ..." (Dutch) and
 * "Q. ..." (English); other pages end them with a question mark, often in one language only (the
 * machine translation adds or drops it).
 */
final class Questions {

    private static final Pattern PREFIX = Pattern.compile("^[VQ]\\s*[.:]\\s*");

    private Questions() {
    }

    static boolean is(Bilingual heading) {
        boolean prefixed = heading.en().isEmpty() ? heading.nl().startsWith("V.") : heading.en().startsWith("Q.");
        return prefixed || heading.nl().strip().endsWith("?") || heading.en().strip().endsWith("?");
    }

    /** The question without its "V."/"Q." prefix. */
    static Bilingual withoutPrefix(Bilingual heading) {
        return Bilingual.of(PREFIX.matcher(heading.nl()).replaceFirst(""), PREFIX.matcher(heading.en()).replaceFirst(""));
    }
}
