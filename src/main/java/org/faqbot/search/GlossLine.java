package org.faqbot.search;

import java.util.ArrayList;
import java.util.List;

/** Reads one line of a {@link GlossTable} file into its entry. */
final class GlossLine {

    private GlossLine() {
    }

    /** @throws GlossFormatException when the line is not {@code dutch TAB count TAB translations} */
    static GlossEntry parse(String line, String file, int number) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
            throw error(file, number, "expected 3 tab-separated fields (dutch, count, translations), found "
                    + fields.length, line);
        }
        String dutch = fields[0];
        if (!GlossWords.words(dutch).equals(List.of(dutch))) {
            throw error(file, number, "\"" + dutch + "\" is not one lower-case word", line);
        }
        return new GlossEntry(dutch, count(fields[1], file, number, line), translations(fields[2], file, number, line));
    }

    private static int count(String field, String file, int number, String line) {
        try {
            int count = Integer.parseInt(field);
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a count below 1
        }
        throw error(file, number, "count \"" + field + "\" is not a whole number of at least 1", line);
    }

    private static List<GlossEntry.Translation> translations(String field, String file, int number, String line) {
        List<GlossEntry.Translation> translations = new ArrayList<>();
        if (field.equals("-")) {
            return translations;
        }
        for (String item : field.split(" ", -1)) {
            translations.add(translation(item, file, number, line));
        }
        return translations;
    }

    private static GlossEntry.Translation translation(String item, String file, int number, String line) {
        int colon = item.lastIndexOf(':');
        String english = colon < 0 ? "" : item.substring(0, colon);
        double probability = colon < 0 ? Double.NaN : probability(item.substring(colon + 1));
        if (!GlossWords.words(english).equals(List.of(english)) || !(probability > 0 && probability <= 1)) {
            throw error(file, number, "translation \"" + item
                    + "\" is not english:probability with a probability in (0, 1] (\"-\" for none)", line);
        }
        return new GlossEntry.Translation(english, probability);
    }

    private static double probability(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static GlossFormatException error(String file, int number, String reason, String line) {
        return new GlossFormatException(file, number, reason + ": \"" + line.replace("\t", "\\t") + "\"");
    }
}
