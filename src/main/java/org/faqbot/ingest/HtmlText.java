package org.faqbot.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bits of HTML that docs pages mix into their Markdown: character entities and a few inline tags. */
final class HtmlText {

    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—");

    /** Line breaks: {@code <br>}, {@code <br/>}, {@code <br />} and the misspelt {@code </br>}. */
    private static final Pattern BREAK = Pattern.compile("</?br\\s*/?>", Pattern.CASE_INSENSITIVE);

    /**
     * Tags dropped with their content kept: anchors (docs put {@code <a name>} targets everywhere),
     * superscripts and font colours, which a chat message cannot show.
     */
    private static final Pattern DROPPED = Pattern.compile(
            "</?(?:a|sup|sub|font|u|span)(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);

    private HtmlText() {
    }

    /** Replaces {@code &amp;}, {@code &#39;} and the like; unknown names stay as they are. */
    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m).orElse(m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static Optional<String> entity(Matcher m) {
        if (m.group(3) != null) {
            return Optional.ofNullable(NAMED.get(m.group(3)));
        }
        int code = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        return Character.isValidCodePoint(code) ? Optional.of(Character.toString(code)) : Optional.empty();
    }

    /** The length of a line-break tag at {@code at}, or 0. */
    static int breakAt(String text, int at) {
        Matcher m = BREAK.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() - at : 0;
    }

    /** The length of a dropped tag at {@code at}, or 0. */
    static int droppedTagAt(String text, int at) {
        Matcher m = DROPPED.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() - at : 0;
    }

    /** The length of an entity at {@code at}, or 0. */
    static int entityAt(String text, int at) {
        Matcher m = ENTITY.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() - at : 0;
    }
}
