package org.faqbot.search;

/** The gloss of Dutch questions the search uses by default: the shipped IBM Model 1 table, loaded once. */
public final class DutchGlosses {

    private DutchGlosses() {
    }

    private static final class Shipped {
        static final DutchGloss GLOSS = DutchGloss.load();
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

    /** Reads the table now; the gloss is only needed once the encoder is there. */
    static void warm() {
        Shipped.GLOSS.gloss("");
    }
}
