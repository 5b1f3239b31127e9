package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the sections of a page: its headings, their anchors, and the lines each one spans. */
final class PageOutline {

    private static final Pattern HEADING = Pattern.compile(" {0,3}(#{1,6})[ \\t]+(.*?)[ \\t]*");
    private static final Pattern ANCHOR = Pattern.compile("<a\\s[^>]*?\\b(?:name|id)=\"([^\"]*)\"[^>]*>(?:\\s*</a>)?");
    private static final Pattern ANCHOR_END = Pattern.compile("</a>");

    private PageOutline() {
    }

    static List<Section> of(List<SourceLine> lines) {
        List<int[]> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int level = level(lines.get(i));
            if (level > 0) {
                headings.add(new int[] {i, level});
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            sections.add(section(lines, headings, h, sections));
        }
        return sections;
    }

    private static int level(SourceLine line) {
        if (line.code()) {
            return 0;
        }
        Matcher m = HEADING.matcher(line.text());
        return m.matches() ? m.group(1).length() : 0;
    }

    private static Section section(List<SourceLine> lines, List<int[]> headings, int h, List<Section> before) {
        int index = headings.get(h)[0];
        int level = headings.get(h)[1];
        int ownEnd = h + 1 < headings.size() ? headings.get(h + 1)[0] : lines.size();
        int end = lines.size();
        for (int next = h + 1; next < headings.size() && end == lines.size(); next++) {
            end = headings.get(next)[1] <= level ? headings.get(next)[0] : end;
        }
        Matcher text = HEADING.matcher(lines.get(index).text());
        text.matches();
        Matcher anchor = ANCHOR.matcher(text.group(2));
        Optional<String> name = anchor.find() ? Optional.of(anchor.group(1)) : Optional.empty();
        String heading = ANCHOR_END.matcher(ANCHOR.matcher(text.group(2)).replaceAll("")).replaceAll("");
        return new Section(level, index, name.filter(a -> !a.isBlank()), heading, ownEnd, end, parent(before, level));
    }

    private static int parent(List<Section> before, int level) {
        for (int p = before.size() - 1; p >= 0; p--) {
            if (before.get(p).level() < level) {
                return p;
            }
        }
        return -1;
    }
}
