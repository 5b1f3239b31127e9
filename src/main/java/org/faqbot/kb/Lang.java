package org.faqbot.kb;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A language the bot reads and answers in. */
public enum Lang {
    NL("nl"),
    EN("en");

    /** What separates a language from its region in a code: "nl-BE", "en_GB". */
    private static final Pattern REGION = Pattern.compile("[-_]");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, lower case: {@code "nl"} or {@code "en"}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The other language; there are exactly two. */
    public Lang other() {
        return this == NL ? EN : NL;
    }

    /**
     * Reads a language code such as {@code "nl"}, {@code "EN"} or Telegram's {@code "nl-BE"}; empty
     * when the code is neither Dutch nor English.
     */
    public static Optional<Lang> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = REGION.split(code.trim().toLowerCase(Locale.ROOT), 2)[0];
        for (Lang lang : values()) {
            if (lang.code.equals(primary)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }
}
