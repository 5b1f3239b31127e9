package org.faqbot.telegram;

import java.util.List;

/** Escaping for Telegram's HTML parse mode, and the plain text of such HTML. */
final class TelegramHtml {

    private TelegramHtml() {
    }

    /** {@code text} safe between tags: {@code &}, {@code <} and {@code >} escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} safe inside a double-quoted attribute: as {@link #escape} plus {@code "}. */
    static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }

    /**
     * What the user would read, without markup: tags dropped, entities decoded, and a link's address
     * added after its text when they differ ("text (https://...)"). For resending a message that
     * Telegram refused to parse.
     */
    static String toPlainText(String html) {
        List<HtmlAtoms.Atom> atoms = HtmlAtoms.of(html);
        StringBuilder out = new StringBuilder(html.length());
        String href = null;
        int linkStart = 0;
        for (HtmlAtoms.Atom atom : atoms) {
            if (!atom.tag()) {
                out.append(atom.decoded());
            } else if (atom.tagName().equals("a") && !atom.closing()) {
                href = hrefOf(atom.raw());
                linkStart = out.length();
            } else if (atom.tagName().equals("a") && href != null) {
                if (!out.substring(linkStart).equals(href)) {
                    out.append(" (").append(href).append(')');
                }
                href = null;
            }
        }
        return out.toString();
    }

    private static String hrefOf(String openTag) {
        int start = openTag.indexOf("href=\"");
        if (start < 0) {
            return null;
        }
        int end = openTag.indexOf('"', start + 6);
        String raw = end < 0 ? "" : openTag.substring(start + 6, end);
        StringBuilder decoded = new StringBuilder();
        for (HtmlAtoms.Atom a : HtmlAtoms.of(raw)) {
            decoded.append(a.decoded());
        }
        return decoded.toString();
    }
}
