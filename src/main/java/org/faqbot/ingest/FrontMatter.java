package org.faqbot.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a docs page: the {@code key: value} lines between two {@code ---} lines at the
 * top. Only flat keys are read; indented or {@code - } lines (YAML lists, folded values) belong to the
 * key above them and are skipped, which is all the docs pages use.
 *
 * @param fields    the values by key, quotes removed, in file order
 * @param bodyStart the index (0-based) of the first line after the closing {@code ---}
 */
record FrontMatter(Map<String, String> fields, int bodyStart) {

    private static final Pattern FIELD = Pattern.compile("([A-Za-z0-9_.-]+):(?:\\s+(.*?))?\\s*");

    FrontMatter {
        fields = Map.copyOf(fields);
    }

    /** The Dutch page title, when the front matter has one. */
    Optional<String> title() {
        return Optional.ofNullable(fields.get("title")).filter(title -> !title.isBlank());
    }

    /**
     * Reads the front matter at the top of {@code lines}.
     *
     * @throws KbFormatException when the page does not start with {@code ---}, the block is never closed,
     *                           or a line in it is not {@code key: value}
     */
    static FrontMatter parse(String file, List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            String first = lines.isEmpty() ? "" : lines.get(0);
            throw new KbFormatException(file, 1, "no front matter: a docs page starts with \"---\", not \""
                    + Texts.abbreviate(first) + "\"");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals("---")) {
                return new FrontMatter(fields, i + 1);
            }
            readLine(file, i + 1, line, fields);
        }
        throw new KbFormatException(file, 1, "front matter opened by \"---\" is never closed");
    }

    private static void readLine(String file, int number, String line, Map<String, String> fields) {
        if (line.isBlank() || line.startsWith(" ") || line.startsWith("\t") || line.startsWith("-")
                || line.startsWith("#")) {
            return;
        }
        Matcher field = FIELD.matcher(line);
        if (!field.matches()) {
            throw new KbFormatException(file, number,
                    "front matter line is not \"key: value\": \"" + Texts.abbreviate(line) + "\"");
        }
        fields.put(field.group(1), unquote(field.group(2) == null ? "" : field.group(2)));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }
}
