package org.faqbot.kb;

import java.util.Objects;

/**
 * One text in both languages: the Dutch translation and the English original it sits beside in the
 * source page. Either side may be empty (a page with a missing English pair keeps its Dutch), never
 * null.
 */
public record Bilingual(String nl, String en) {

    public Bilingual {
        nl = Objects.requireNonNullElse(nl, "");
        en = Objects.requireNonNullElse(en, "");
    }

    public static Bilingual of(String nl, String en) {
        return new Bilingual(nl, en);
    }

    public static Bilingual empty() {
        return new Bilingual("", "");
    }

    /** The text in {@code lang}, or the other language's text when that side is empty. */
    public String get(Lang lang) {
        String text = lang == Lang.NL ? nl : en;
        return text.isEmpty() ? (lang == Lang.NL ? en : nl) : text;
    }

    public boolean isEmpty() {
        return nl.isEmpty() && en.isEmpty();
    }
}
