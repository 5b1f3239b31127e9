package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.Block;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.Inline;
import org.faqbot.kb.Lang;
import org.faqbot.kb.LightMarkdown;

/**
 * Turns a page's sections into entries.
 * <ul>
 *   <li>A question heading ({@link Questions}) below the title makes a {@link EntryKind#QA} entry whose
 *       answer runs to the next heading of the same or a higher level; its sub-sections are part of the
 *       answer (as sub-headings), not entries of their own.</li>
 *   <li>Any other heading makes a {@link EntryKind#PASSAGE} of its own text, up to the next heading. The
 *       page title's passage is the page's intro.</li>
 *   <li>A section with no text of its own (a heading right above a sub-heading) makes no entry, nor
 *       does a "Next steps" section that is only a list of links: that is navigation to pages that are
 *       ingested themselves. A "Next steps" section with other text is kept.</li>
 * </ul>
 * An entry's id is {@code <slug>#<anchor>}; anchors repeated on a page get {@code -1}, {@code -2}, ...
 * (see {@link Anchors}). Its source URL points at the nearest heading whose anchor is unique on the
 * page, so a repeated "Questions?" links to its own announcement rather than the page's first one.
 */
final class EntryBuilder {

    private final ParsedPage page;
    private final LangText nl;
    private final LangText en;
    private final List<Bilingual> headings = new ArrayList<>();
    private final List<String> sourceAnchors = new ArrayList<>();
    private final List<String> ids;

    private EntryBuilder(ParsedPage page) {
        this.page = page;
        this.nl = page.text(Lang.NL);
        this.en = page.text(Lang.EN);
        for (Section section : page.sections()) {
            Bilingual heading = Bilingual.of(nl.plain(section.heading()), en.plain(section.heading()));
            headings.add(heading);
            // docs derive anchors from the English original, so the English text gives the same one
            String original = heading.en().isEmpty() ? heading.nl() : heading.en();
            sourceAnchors.add(section.anchor().orElseGet(() -> Anchors.derive(original)));
        }
        this.ids = Anchors.unique(sourceAnchors);
    }

    static List<FaqEntry> build(ParsedPage page) {
        return new EntryBuilder(page).entries();
    }

    private List<FaqEntry> entries() {
        List<FaqEntry> out = new ArrayList<>();
        int answeredUntil = -1;
        for (int k = 0; k < page.sections().size(); k++) {
            Section section = page.sections().get(k);
            if (section.headingIndex() < answeredUntil) {
                continue;
            }
            boolean question = section.level() > 1 && Questions.is(headings.get(k));
            boolean titleQuestion = section.level() == 1 && Questions.is(headings.get(k));
            int end = question ? section.end() : section.ownEnd();
            answeredUntil = question ? section.end() : answeredUntil;
            entry(k, question || titleQuestion, end).ifPresent(out::add);
        }
        return out;
    }

    private Optional<FaqEntry> entry(int k, boolean question, int end) {
        Section section = page.sections().get(k);
        List<SourceLine> body = page.lines().subList(section.start(), end);
        List<Block> dutch = SourceBlockParser.parse(body, nl);
        List<Block> english = SourceBlockParser.parse(body, en);
        if ((dutch.isEmpty() && english.isEmpty()) || isNextStepsLinks(k, english)) {
            return Optional.empty();
        }
        Bilingual heading = headings.get(k);
        return Optional.of(new FaqEntry(
                page.source().slug() + "#" + ids.get(k),
                question ? EntryKind.QA : EntryKind.PASSAGE,
                page.source().slug(),
                title(),
                path(k),
                question ? Questions.withoutPrefix(heading) : heading,
                Bilingual.of(LightMarkdown.write(dutch), LightMarkdown.write(english)),
                Bilingual.of(url(k, nl), url(k, en))));
    }

    /** The Dutch title from the front matter (the H1's Dutch as fallback), the English from the H1. */
    private Bilingual title() {
        return Bilingual.of(page.frontMatter().title().orElse(headings.get(0).nl()), headings.get(0).en());
    }

    /** Enclosing headings below the page title, outermost first. */
    private List<Bilingual> path(int k) {
        List<Bilingual> path = new ArrayList<>();
        for (int p = page.sections().get(k).parent(); p >= 0; p = page.sections().get(p).parent()) {
            if (page.sections().get(p).level() > 1) {
                path.add(headings.get(p));
            }
        }
        Collections.reverse(path);
        return path;
    }

    private String url(int k, LangText text) {
        for (int s = k; s >= 0; s = page.sections().get(s).parent()) {
            if (page.sections().get(s).level() == 1) {
                break;
            }
            if (Collections.frequency(sourceAnchors, sourceAnchors.get(s)) == 1) {
                return text.links().pageUrl() + "#" + sourceAnchors.get(s);
            }
        }
        return text.links().pageUrl();
    }

    private boolean isNextStepsLinks(int k, List<Block> english) {
        boolean nextSteps = headings.get(k).en().equalsIgnoreCase("next steps")
                || sourceAnchors.get(k).startsWith("next-steps");
        return nextSteps && english.stream().allMatch(EntryBuilder::isLinkOnlyItem);
    }

    private static boolean isLinkOnlyItem(Block block) {
        if (!(block instanceof Block.ListItem item)) {
            return false;
        }
        List<Inline> spans = item.spans().stream().filter(span -> !span.text().isBlank()).collect(Collectors.toList());
        return spans.size() == 1 && spans.get(0) instanceof Inline.Link;
    }
}
