package org.faqbot.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.CalloutKind;

/** Recognises the first line of a docs callout: {@code [!NOTE]}, {@code [!Important]}, ... */
final class Callouts {

    private static final Pattern OPENING = Pattern.compile("\\[!(\\w+)]\\s*(.*)");

    /**
     * The first line of a quote read as a callout opening.
     *
     * @param kind the callout kind, empty when the quote is not a callout; a word not among the known
     *             kinds is read as {@link CalloutKind#NOTE}
     * @param rest text after the marker on the same line
     */
    record Opening(Optional<CalloutKind> kind, String rest) {
    }

    private Callouts() {
    }

    static Opening opening(String firstLine) {
        Matcher m = OPENING.matcher(firstLine.strip());
        if (!m.matches()) {
            return new Opening(Optional.empty(), firstLine);
        }
        return new Opening(Optional.of(CalloutKind.fromMarker(m.group(1)).orElse(CalloutKind.NOTE)), m.group(2));
    }
}
