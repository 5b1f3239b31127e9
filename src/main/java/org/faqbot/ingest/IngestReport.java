package org.faqbot.ingest;

import java.util.List;
import org.faqbot.kb.EntryKind;
import org.faqbot.kb.KnowledgeBase;

/**
 * What an ingest made and what went wrong on the way.
 *
 * @param knowledgeBase the entries of every page that was read, in page order
 * @param pages         how many pages were tried, failed ones included
 * @param warnings      {@code file:line: warning: ...} messages; the pages were still ingested
 * @param failures      {@code file:line: ...} messages, one per page (or input) that was not ingested
 */
public record IngestReport(KnowledgeBase knowledgeBase, int pages, List<String> warnings, List<String> failures) {

    public IngestReport {
        warnings = List.copyOf(warnings);
        failures = List.copyOf(failures);
    }

    public long count(EntryKind kind) {
        return knowledgeBase.entries().stream().filter(entry -> entry.kind() == kind).count();
    }

    /** True when every page was ingested. */
    public boolean ok() {
        return failures.isEmpty();
    }
}
