package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Heading anchors: the docs way of making one from heading text, and making a page's anchors unique. */
final class Anchors {

    private Anchors() {
    }

    /**
     * The anchor docs pages give a heading: lower case, spaces and hyphens become {@code -}, other
     * punctuation goes. "Q. How does adding, extending/renewing licenses work?" gives
     * {@code q-how-does-adding-extendingrenewing-licenses-work}; "soon - what" gives {@code soon---what}.
     */
    static String derive(String heading) {
        StringBuilder anchor = new StringBuilder();
        for (char c : heading.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                anchor.append(c);
            } else if (Character.isWhitespace(c)) {
                anchor.append('-');
            }
        }
        return anchor.length() == 0 ? "section" : anchor.toString();
    }

    /**
     * The anchors made unique: a repeat gets {@code -1}, {@code -2}, ... (the first free one, skipping
     * anchors the page already has), like GitHub and docs number repeated headings.
     */
    static List<String> unique(List<String> anchors) {
        Set<String> taken = new HashSet<>(anchors);
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String anchor : anchors) {
            String id = anchor;
            if (!seen.add(id)) {
                int n = 1;
                while (taken.contains(anchor + "-" + n)) {
                    n++;
                }
                id = anchor + "-" + n;
                taken.add(id);
                seen.add(id);
            }
            out.add(id);
        }
        return out;
    }
}
