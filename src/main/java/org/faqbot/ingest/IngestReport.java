package org.faqbot.ingest;

import java.util.List;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;

/**
 * What an ingest made and what went wrong on the way.
 *
 * @param knowledgeBase the entries of every page that was read, in page order, the generic ones left out
 * @param pages         how many pages were tried, failed ones included
 * @param generic       the sections left out as generic ("Questions?" of the announcements; see
 *                      {@link GenericSections}), in page order
 * @param warnings      {@code file:line: warning: ...} messages; the pages were still ingested
 * @param failures      {@code file:line: ...} messages, one per page (or input) that was not ingested
 */
public record IngestReport(KnowledgeBase knowledgeBase, int pages, List<FaqEntry> generic, List<String> warnings,
        List<String> failures) {

    public IngestReport {
        generic = List.copyOf(generic);
        warnings = List.copyOf(warnings);
        failures = List.copyOf(failures);
    }

    public long count(EntryKind kind) {
        return knowledgeBase.entries().stream().filter(entry -> entry.kind() == kind).count();
    }

    /** The English headings of the {@link #generic} sections, each once, in page order. */
    public List<String> genericHeadings() {
        return generic.stream().map(entry -> entry.question().en()).distinct().toList();
    }

    /** True when every page was ingested. */
    public boolean ok() {
        return failures.isEmpty();
    }
}
