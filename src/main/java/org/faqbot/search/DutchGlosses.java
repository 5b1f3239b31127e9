package org.faqbot.search;

import java.util.Set;

/** The gloss of Dutch questions the search uses by default: the shipped IBM Model 1 table, loaded once. */
public final class DutchGlosses {

    private DutchGlosses() {
    }

    private static final class Shipped {
        static final DutchGloss GLOSS = DutchGloss.load();
        static final Set<String> VERB_FORMS = DutchVerbs.verbForms(GLOSS.dutchWords());
    }

    /**
     * The shipped gloss; its table (0.1-0.3 s to read) is read on first use, or by {@link #warm()} in the
     * encoder's background load, not while the bot starts.
     */
    public static QueryGloss standard() {
        return new QueryGloss() {
            @Override
            public String english(String dutch) {
                return Shipped.GLOSS.gloss(dutch);
            }

            @Override
            public String sentence(String dutch) {
                return Shipped.GLOSS.sentence(dutch);
            }
        };
    }

    /**
     * The Dutch verb forms among the shipped table's words ({@link DutchVerbs#verbForms}): the docs' own, worked out once
     * with the table.
     */
    static Set<String> verbForms() {
        return Shipped.VERB_FORMS;
    }

    /** Reads the table now; the gloss is only needed once the encoder is there. */
    static void warm() {
        Shipped.GLOSS.gloss("");
    }
}
