package org.faqbot.kb;

import java.util.Objects;

/**
 * A run of text inside a {@link LightMarkdown} block. Spans do not nest: bold text holds no link and a
 * link's text is plain. A newline inside a bold, italic or plain span is a line break; code spans and
 * link texts never hold one.
 */
public sealed interface Inline permits Inline.Text, Inline.Bold, Inline.Italic, Inline.Link, Inline.Code {

    /** What the reader sees, without markup or escapes. */
    String text();

    /** Plain text. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Bold text, {@code **like this**}. */
    record Bold(String text) implements Inline {
        public Bold {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Italic text, {@code *like this*}. */
    record Italic(String text) implements Inline {
        public Italic {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A link, {@code [text](url)}; the url is absolute for links made by the ingest. */
    record Link(String text, String url) implements Inline {
        public Link {
            Inlines.requireSingleLine(text, "link text");
            Inlines.requireSingleLine(url, "link url");
        }
    }

    /** Inline code, {@code `like this`}: shown as is, in a fixed-width font where there is one. */
    record Code(String text) implements Inline {
        public Code {
            Inlines.requireSingleLine(text, "code");
        }
    }
}
