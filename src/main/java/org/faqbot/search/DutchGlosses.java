package org.faqbot.search;

/** The gloss of Dutch questions the search uses by default. */
public final class DutchGlosses {

    private DutchGlosses() {
    }

    public static QueryGloss standard() {
        return QueryGloss.NONE;
    }
}
