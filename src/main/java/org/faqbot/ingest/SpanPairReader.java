package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Bilingual;

/**
 * Reads the bilingual span pairs out of a page's lines. Every translated run is written as (on one
 * line; wrapped here)
 * <pre>
 * &lt;span data-ttu-id="X"&gt;Dutch&lt;/span&gt;
 *     &lt;span class="sxs-lookup"&gt;&lt;span data-stu-id="X"&gt;English&lt;/span&gt;&lt;/span&gt;
 * </pre>
 * Each pair is replaced in the line by one placeholder character ({@link Placeholders}), so the page's
 * structure (list marks, table pipes, headings) is parsed once for both languages, and each language
 * then fills in its own text. A pair may run over several lines (until a blank line); such lines are
 * joined into one.
 */
final class SpanPairReader {

    private static final Pattern DUTCH = Pattern.compile("<span data-ttu-id=\"([^\"]*)\">");
    private static final Pattern ENGLISH = Pattern.compile("\\s*<span class=\"sxs-lookup\"><span data-stu-id=\"([^\"]*)\">");
    private static final String ENGLISH_START = "<span class=\"sxs-lookup\">";
    private static final String DUTCH_END = "</span>";
    private static final String ENGLISH_END = "</span></span>";

    private final String file;
    private final Consumer<String> warnings;
    private final List<Bilingual> pairs = new ArrayList<>();

    /** @param warnings receives {@code file:line: warning: ...} messages */
    SpanPairReader(String file, Consumer<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** The pairs read so far; placeholder {@code i} stands for pair {@code i}. */
    List<Bilingual> pairs() {
        return pairs;
    }

    /**
     * The lines with every pair replaced by its placeholder.
     *
     * @throws KbFormatException for a span that is cut off, never closed, or not part of a pair
     */
    List<SourceLine> read(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.code()) {
                out.add(line);
                continue;
            }
            String text = line.text();
            Skeleton skeleton = skeleton(line.number(), text);
            while (skeleton.open() != null && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                text = text + "\n" + lines.get(++i).text();
                skeleton = skeleton(line.number(), text);
            }
            out.add(line.withText(skeleton.require()));
        }
        return out;
    }

    /** A line read so far: its text with placeholders, or the pair left open when the text ran out. */
    private record Skeleton(String text, KbFormatException open) {
        String require() {
            if (open != null) {
                throw open;
            }
            return text;
        }
    }

    private Skeleton skeleton(int firstLine, String text) {
        Placeholders.requireNone(file, firstLine, text);
        List<Bilingual> found = new ArrayList<>();
        List<String> missingEnglish = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int start = text.indexOf("<span"); start >= 0; start = text.indexOf("<span", at)) {
            int line = firstLine + newlines(text, start);
            Pair pair = pair(text, start, line);
            if (pair.open() != null) {
                return new Skeleton(null, pair.open());
            }
            out.append(text, at, start).append(Placeholders.of(pairs.size() + found.size(), file, line));
            found.add(pair.texts());
            missingEnglish.addAll(pair.warnings());
            at = pair.end();
        }
        out.append(text.substring(at));
        requireNoStrayEnd(firstLine, out.toString());
        pairs.addAll(found);
        missingEnglish.forEach(warnings);
        return new Skeleton(out.toString(), null);
    }

    /** A pair read from its first tag: its texts and where it ends, or the tag the text ran out in. */
    private record Pair(Bilingual texts, int end, List<String> warnings, KbFormatException open) {
        static Pair open(KbFormatException open) {
            return new Pair(Bilingual.empty(), -1, List.of(), open);
        }
    }

    private Pair pair(String text, int start, int line) {
        Matcher dutch = DUTCH.matcher(text).region(start, text.length());
        if (!dutch.lookingAt()) {
            throw new KbFormatException(file, line, badSpan(text, start));
        }
        String tag = "<span data-ttu-id=\"" + dutch.group(1) + "\">";
        int end = text.indexOf(DUTCH_END, dutch.end());
        if (end < 0) {
            return Pair.open(unclosed(line, tag, DUTCH_END));
        }
        return english(text, end + DUTCH_END.length(), line, tag, text.substring(dutch.end(), end));
    }

    /** The English half after the Dutch {@code tag}; a missing one keeps the Dutch with a warning. */
    private Pair english(String text, int from, int line, String tag, String dutch) {
        Matcher english = ENGLISH.matcher(text).region(from, text.length());
        if (english.lookingAt()) {
            int end = text.indexOf(ENGLISH_END, english.end());
            if (end < 0) {
                return Pair.open(unclosed(line, "<span data-stu-id=\"" + english.group(1) + "\">", ENGLISH_END));
            }
            Bilingual texts = Bilingual.of(dutch, text.substring(english.end(), end));
            return new Pair(texts, end + ENGLISH_END.length(), List.of(), null);
        }
        if (cutOff(text.substring(from))) {
            return Pair.open(unclosed(line, tag, ENGLISH_START));
        }
        String warning = file + ":" + line + ": warning: " + tag + " has no English sxs-lookup pair; keeping the Dutch only";
        return new Pair(Bilingual.of(dutch, ""), from, List.of(warning), null);
    }

    private KbFormatException unclosed(int line, String span, String missing) {
        return new KbFormatException(file, line, span + " is never closed: no " + missing + " before the paragraph ends");
    }

    /** True when the text ends part-way into the English span's opening tags. */
    private static boolean cutOff(String rest) {
        String trimmed = rest.strip();
        return !trimmed.isEmpty() && (ENGLISH_START.startsWith(trimmed) || trimmed.startsWith(ENGLISH_START));
    }

    private static String badSpan(String text, int start) {
        int close = text.indexOf('>', start);
        String tag = close < 0 ? text.substring(start) : text.substring(start, close + 1);
        return close < 0 ? "<span> tag is cut off: \"" + Texts.abbreviate(tag) + "\""
                : "<span> outside a bilingual pair: \"" + Texts.abbreviate(tag) + "\"";
    }

    private void requireNoStrayEnd(int firstLine, String skeleton) {
        int stray = skeleton.indexOf("</span>");
        if (stray >= 0) {
            throw new KbFormatException(file, firstLine + newlines(skeleton, stray), "</span> outside a bilingual pair");
        }
    }

    private static int newlines(String text, int end) {
        int count = 0;
        for (int at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) {
            count++;
        }
        return count;
    }
}
