package org.faqbot.nlu;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML, JSON, SQL and program code pasted as a message. Tags around a question are markup, not words:
 * {@code <b>how do I renew my benefits?</b>} asks how to renew the benefits. A message that is nothing but markup
 * or code ({@code <script>alert(1)</script>}, {@code SELECT * FROM users}, {@code {"a":1}}) asks nothing, though
 * its identifiers may be the FAQ's words ("alert" is a notification). Works on both languages at once.
 */
public final class Markup {

    /** Characters without which a message holds neither markup nor code: most messages are checked by one scan. */
    private static final Pattern ANY_SIGN = Pattern.compile("[<>&{}\\[\\]();=*$]");
    /** An element whose content is code or styling, not text: dropped whole. */
    private static final Pattern CODE_ELEMENT = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?(?:</\\1\\s*>|$)");
    /** A tag, a comment, a processing instruction or a doctype: {@code <b>}, {@code </p>}, {@code <br/>}, {@code <!-- -->}, {@code <?php ?>}. */
    private static final Pattern TAG = Pattern.compile("(?s)<!--.*?(?:-->|$)|<\\?.*?(?:\\?>|$)|<![a-zA-Z][^<>]*>|</?[a-zA-Z][\\w:-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#\\d{1,6}|#x[0-9a-fA-F]{1,5});");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    /** A JSON object or array: braces or brackets around the whole message, with a colon or comma or nothing inside. */
    private static final Pattern JSON = Pattern.compile("(?s)\\{\\s*(?:\".*\"\\s*:.*)?\\}|\\[\\s*(?:[\\[{\"\\d].*)?\\]");
    /**
     * An SQL statement or injection at the start of a message, after quotes, semicolons or digits: its verb and the
     * keyword that completes it in capitals ("SELECT name FROM users", "DROP TABLE users;"), or with a sign of code
     * ("select * from users", "' OR 1=1 --"); not "select a customer from the list", nor a question that quotes SQL.
     */
    private static final Pattern SQL = Pattern.compile("(?s)^[^\\p{L}]*(?:SELECT\\s.+\\sFROM|INSERT\\s+INTO|UPDATE\\s+\\S+\\s+SET"
            + "|DELETE\\s+FROM|DROP\\s+(?:TABLE|DATABASE)|CREATE\\s+(?:TABLE|DATABASE)|UNION\\s+(?:ALL\\s+)?SELECT)\\b"
            + "|^[^\\p{L}]*(?i:select\\s+\\*\\s+from|union\\s+(?:all\\s+)?select|drop\\s+table|or\\s+'?\\w+'?\\s*=\\s*'?\\w)");
    /**
     * Syntax of program code: a call ("alert(1)"; its innermost brackets, so that a long line of open brackets costs
     * one pass), braces, a statement's end, an assignment, an arrow, a template.
     */
    private static final Pattern CODE_SIGN = Pattern.compile("[\\w.]\\([^()]*\\)|[{}]|;\\s*$|;\\s|\\s=\\s|\\w=\\S|==|=>|\\$\\{|&&|\\|\\|");
    /** A word of prose, perhaps with quotes, brackets or sentence punctuation around it; "true;" ends a statement. */
    private static final Pattern PROSE_WORD = Pattern.compile("[(\"'“‘]*\\p{L}[\\p{L}\\p{M}'’-]*[.,!?:)\"'”’]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A web address is neither prose nor code: its query string ("?id=3") is no assignment. */
    private static final Pattern URL = Pattern.compile("\\bhttps?://\\S+|\\bwww\\.\\S+");

    /** Letters and signs that are drawn as nothing: the Braille blank and the Hangul fillers. */
    private static final String BLANK_LETTERS = "\u2800\u3164\u115F\u1160\uFFA0";
    /** A combining mark that shows nothing (U+034F). */
    private static final int COMBINING_GRAPHEME_JOINER = 0x034F;

    private Markup() {
    }

    /**
     * {@code text} without its markup: tags dropped (a script's or style's content with them), the common entities
     * decoded, characters that show nothing dropped ({@link #visible}), a spoken sign at the end typed ({@link Dictation}). {@code "<b>how do I renew my benefits?</b>"}
     * gives {@code "how do I renew my benefits?"}; text without markup is returned as it is.
     */
    public static String strip(String text) {
        // A spoken "vraagteken" at the end is the sign it names (Dictation), read as typed.
        String shown = Dictation.punctuate(visible(text));
        if (!ANY_SIGN.matcher(shown).find()) {
            return shown;
        }
        String decoded = decode(shown);
        String withoutCode = CODE_ELEMENT.matcher(decoded).replaceAll(" ");
        String withoutTags = TAG.matcher(withoutCode).replaceAll(" ");
        return withoutTags.equals(shown) ? shown : SPACES.matcher(withoutTags).replaceAll(" ").strip();
    }

    /**
     * {@code text} without the characters that show nothing: format characters (zero-width space, non-joiner and
     * joiner, word joiner, byte order mark, soft hyphen, direction marks) dropped, and blanks that {@link String#strip}
     * does not take for whitespace (no-break spaces, the Braille blank, the Hangul fillers) made spaces. A message of
     * nothing else is empty, as it looks; a word with a zero-width space in it is one word again.
     */
    static String visible(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) < 0x80) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        text.substring(first).codePoints().forEach(c -> {
            if (isBlank(c)) {
                out.append(' ');
            } else if (Character.getType(c) != Character.FORMAT && c != COMBINING_GRAPHEME_JOINER) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean isBlank(int c) {
        return (Character.isSpaceChar(c) && !Character.isWhitespace(c)) || BLANK_LETTERS.indexOf(c) >= 0;
    }

    /**
     * Whether {@code text} is markup or code with no question of words in it: nothing but tags, a JSON value, an
     * SQL statement, or code with fewer words of prose than other pieces. A question with code in it ("why does
     * alert(1) not work in the portal?") is not.
     */
    public static boolean isCodeOnly(String text) {
        // lookingAt: every alternative of SQL starts at the text's start, and find tried it at every position.
        if (SQL.matcher(text).lookingAt()) {
            return true;
        }
        if (text.isBlank() || !ANY_SIGN.matcher(text).find()) {
            return false;
        }
        String prose = strip(text);
        if (prose.isBlank()) {
            return true;
        }
        return JSON.matcher(prose).matches() || SQL.matcher(prose).lookingAt() || mostlyCode(prose);
    }

    /** Code syntax, and fewer words of prose than other pieces between the spaces. */
    private static boolean mostlyCode(String message) {
        String text = URL.matcher(message).replaceAll(" ");
        if (!CODE_SIGN.matcher(text).find()) {
            return false;
        }
        int words = 0;
        int pieces = 0;
        for (String piece : WHITESPACE.split(text.strip())) {
            pieces++;
            if (PROSE_WORD.matcher(piece).matches()) {
                words++;
            }
        }
        return 2 * words < pieces;
    }

    private static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(character(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String character(String entity) {
        switch (entity) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return " ";
            default:
                int code = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : " ";
        }
    }
}
