package org.faqbot.telegram.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Telegram's HTML parse mode, as strictly as Telegram applies it: only its tags, every tag closed in
 * order, {@code <} and {@code &} only as the start of a tag or entity, only the named entities
 * {@code &lt; &gt; &amp; &quot;} besides numeric ones, and Telegram's nesting rules (nothing inside
 * {@code code} or {@code pre} but a {@code code} directly in {@code pre}, no blockquote in a
 * blockquote, no link in a link). Errors read like Telegram's after "can't parse entities: ".
 */
public final class StrictHtml {

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote");

    private final String html;
    private final StringBuilder text = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private int i;

    private StrictHtml(String html) {
        this.html = html;
    }

    /**
     * The text a user reads: tags removed, entities decoded.
     *
     * @throws IllegalArgumentException with Telegram's description of the first error
     */
    public static String parse(String html) {
        return new StrictHtml(html).run();
    }

    private String run() {
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                tag();
            } else if (c == '&') {
                text.append(entity());
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw error("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return text.toString();
    }

    private void tag() {
        int start = i;
        boolean closing = i + 1 < html.length() && html.charAt(i + 1) == '/';
        i += closing ? 2 : 1;
        String name = name().toLowerCase(Locale.ROOT);
        if (closing) {
            endTag(start, name);
        } else {
            startTag(start, name);
        }
    }

    private void endTag(int start, String name) {
        skipSpace();
        if (i >= html.length() || html.charAt(i) != '>') {
            throw error("Unclosed end tag at byte offset " + offset(start));
        }
        i++;
        if (open.isEmpty()) {
            throw error("Unexpected end tag at byte offset " + offset(start));
        }
        if (!open.peek().equals(name)) {
            throw error("Unmatched end tag at byte offset " + offset(start) + ", expected \"</" + open.peek()
                    + ">\", found \"</" + name + ">\"");
        }
        open.pop();
    }

    private void startTag(int start, String name) {
        if (!TAGS.contains(name)) {
            throw error("Unsupported start tag \"" + name + "\" at byte offset " + offset(start));
        }
        Map<String, String> attributes = attributes(start);
        checkAttributes(start, name, attributes);
        checkNesting(start, name, attributes);
        open.push(name);
    }

    private Map<String, String> attributes(int start) {
        Map<String, String> attributes = new TreeMap<>();
        while (true) {
            skipSpace();
            if (i >= html.length()) {
                throw error("Unclosed start tag at byte offset " + offset(start));
            }
            char c = html.charAt(i);
            if (c == '>') {
                i++;
                return attributes;
            }
            String attribute = name().toLowerCase(Locale.ROOT);
            if (attribute.isEmpty()) {
                throw error("Expected equal sign in declaration of an attribute of the tag at byte offset " + offset(start));
            }
            skipSpace();
            String value = "";
            if (i < html.length() && html.charAt(i) == '=') {
                i++;
                skipSpace();
                value = attributeValue(start);
            }
            attributes.put(attribute, value);
        }
    }

    private String attributeValue(int start) {
        if (i >= html.length()) {
            throw error("Unclosed start tag at byte offset " + offset(start));
        }
        char quote = html.charAt(i);
        StringBuilder value = new StringBuilder();
        if (quote == '"' || quote == '\'') {
            i++;
            while (i < html.length() && html.charAt(i) != quote) {
                value.append(html.charAt(i) == '&' ? entity() : String.valueOf(html.charAt(i++)));
            }
            if (i >= html.length()) {
                throw error("Unclosed start tag at byte offset " + offset(start));
            }
            i++;
            return value.toString();
        }
        while (i < html.length() && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
            value.append(html.charAt(i) == '&' ? entity() : String.valueOf(html.charAt(i++)));
        }
        return value.toString();
    }

    private void checkAttributes(int start, String name, Map<String, String> attributes) {
        if (name.equals("a") && attributes.getOrDefault("href", "").isBlank()) {
            throw error("Tag \"a\" must have attribute \"href\" at byte offset " + offset(start));
        }
        if (name.equals("span") && !attributes.getOrDefault("class", "").equals("tg-spoiler")) {
            throw error("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + offset(start));
        }
        if (name.equals("tg-emoji") && attributes.getOrDefault("emoji-id", "").isEmpty()) {
            throw error("Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset " + offset(start));
        }
        if (name.equals("code") && attributes.containsKey("class") && !"pre".equals(open.peek())) {
            throw error("Programming language can't be specified for standalone code tags at byte offset " + offset(start));
        }
    }

    private void checkNesting(int start, String name, Map<String, String> attributes) {
        boolean codeInPre = name.equals("code") && "pre".equals(open.peek());
        if ((open.contains("pre") || open.contains("code")) && !codeInPre) {
            throw error("Entity \"" + name + "\" can't be nested inside \"" + (open.contains("code") ? "code" : "pre")
                    + "\" at byte offset " + offset(start));
        }
        if (name.equals("blockquote") && open.contains("blockquote")) {
            throw error("Blockquote entities can't be nested at byte offset " + offset(start));
        }
        if (name.equals("a") && open.contains("a")) {
            throw error("Link entities can't be nested at byte offset " + offset(start));
        }
    }

    /** Decodes the entity at {@code i} and moves past it. */
    private String entity() {
        int start = i;
        int semicolon = html.indexOf(';', i);
        if (semicolon < 0 || semicolon - i > 10) {
            throw error("Character '&' is reserved and must be escaped as \"&amp;\" at byte offset " + offset(start));
        }
        String entity = html.substring(i + 1, semicolon);
        i = semicolon + 1;
        switch (entity) {
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "amp":
                return "&";
            case "quot":
                return "\"";
            default:
                return numericEntity(start, entity);
        }
    }

    private String numericEntity(int start, String entity) {
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return Character.toString(Integer.parseInt(entity.substring(2), 16));
            }
            if (entity.startsWith("#")) {
                return Character.toString(Integer.parseInt(entity.substring(1)));
            }
        } catch (IllegalArgumentException bad) {
            // reported below
        }
        throw error("Unsupported HTML entity \"&" + entity + ";\" at byte offset " + offset(start)
                + "; only &lt; &gt; &amp; &quot; and numeric entities are supported");
    }

    private String name() {
        int start = i;
        while (i < html.length() && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == '-' || html.charAt(i) == '_')) {
            i++;
        }
        return html.substring(start, i);
    }

    private void skipSpace() {
        while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
            i++;
        }
    }

    private int offset(int index) {
        return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
    }

    private static IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message);
    }
}
