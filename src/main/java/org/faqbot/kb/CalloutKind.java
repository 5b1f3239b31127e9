package org.faqbot.kb;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of a callout box, as docs pages write it ({@code > [!NOTE]}), with the label each language
 * shows before it. The labels are the ones docs.microsoft.com itself prints on its Dutch and English
 * pages, so they belong with the content rather than in the bot's message files.
 */
public enum CalloutKind {
    NOTE("Opmerking", "Note"),
    IMPORTANT("Belangrijk", "Important"),
    TIP("Tip", "Tip"),
    WARNING("Waarschuwing", "Warning"),
    CAUTION("Let op", "Caution");

    private final String dutch;
    private final String english;

    CalloutKind(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** The label shown before the callout's text, e.g. "Opmerking" or "Note". */
    public String label(Lang lang) {
        return lang == Lang.NL ? dutch : english;
    }

    /** Reads a marker name such as {@code NOTE} or {@code Important}, in any case. */
    public static Optional<CalloutKind> fromMarker(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        for (CalloutKind kind : values()) {
            if (kind.name().equals(upper)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
