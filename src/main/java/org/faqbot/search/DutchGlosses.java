package org.faqbot.search;

/** The gloss of Dutch questions the search uses by default: the shipped IBM Model 1 table, loaded once. */
public final class DutchGlosses {

    private DutchGlosses() {
    }

    private static final class Shipped {
        static final DutchGloss GLOSS = DutchGloss.load();
    }

    public static QueryGloss standard() {
        return Shipped.GLOSS::gloss;
    }
}
