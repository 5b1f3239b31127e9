package org.faqbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Well-formed Telegram HTML (as {@link TelegramHtml} writes it) cut into atoms: tags, and visible units
 * (one character, one surrogate pair or one entity). Cutting between atoms never splits a tag, an
 * entity or a character.
 */
final class HtmlAtoms {

    private HtmlAtoms() {
    }

    /** One atom: a tag, or a visible unit whose decoded text is {@code decoded}. */
    record Atom(String raw, boolean tag, boolean closing, String tagName, String decoded) {

        static Atom tag(String raw) {
            boolean closing = raw.startsWith("</");
            String inner = raw.substring(closing ? 2 : 1, raw.length() - 1).strip();
            String name = inner.split("[\\s/]", 2)[0].toLowerCase(Locale.ROOT);
            return new Atom(raw, true, closing, name, "");
        }

        static Atom visible(String raw, String decoded) {
            return new Atom(raw, false, false, "", decoded);
        }

        /** How much of Telegram's 4096-character limit this atom uses: UTF-16 units of its text. */
        int width() {
            return decoded.length();
        }

        boolean is(char c) {
            return !tag && decoded.length() == 1 && decoded.charAt(0) == c;
        }
    }

    static List<Atom> of(String html) {
        List<Atom> atoms = new ArrayList<>(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int end;
            if (c == '<' && (end = html.indexOf('>', i)) > 0) {
                atoms.add(Atom.tag(html.substring(i, end + 1)));
                i = end + 1;
            } else if (c == '&' && (end = html.indexOf(';', i)) > 0 && end - i <= 10) {
                String raw = html.substring(i, end + 1);
                atoms.add(Atom.visible(raw, decodeEntity(raw)));
                i = end + 1;
            } else {
                int next = Character.isHighSurrogate(c) && i + 1 < html.length() ? i + 2 : i + 1;
                String raw = html.substring(i, next);
                atoms.add(Atom.visible(raw, raw));
                i = next;
            }
        }
        return atoms;
    }

    static String decodeEntity(String entity) {
        switch (entity) {
            case "&lt;":
                return "<";
            case "&gt;":
                return ">";
            case "&amp;":
                return "&";
            case "&quot;":
                return "\"";
            default:
                break;
        }
        try {
            boolean hex = entity.startsWith("&#x") || entity.startsWith("&#X");
            if (entity.startsWith("&#")) {
                String digits = entity.substring(hex ? 3 : 2, entity.length() - 1);
                return Character.toString(Integer.parseInt(digits, hex ? 16 : 10));
            }
        } catch (IllegalArgumentException notAnEntity) {
            // falls through: shown as written
        }
        return entity;
    }
}
