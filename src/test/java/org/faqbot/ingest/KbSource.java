package org.faqbot.ingest;

import java.nio.file.Path;
import java.util.List;

/** The knowledge-base sources the tests read: the copied docs in faq-data and fixture pages. */
final class KbSource {

    static final Path DOCS = Path.of("faq-data/kb-source");
    static final Path BENEFITS_FAQ = DOCS.resolve("partner-center/benefits-faq.md");
    static final Path FIXTURES = Path.of("src/test/resources/kb");
    static final Path SAMPLE_PAGES = FIXTURES.resolve("pages");
    static final Path BROKEN = FIXTURES.resolve("broken");

    private static IngestReport corpus;

    private KbSource() {
    }

    /** The whole of faq-data/kb-source, ingested once for all tests that need it (it takes a few seconds). */
    static synchronized IngestReport corpus() {
        if (corpus == null) {
            corpus = Ingest.run(List.of(DOCS));
        }
        return corpus;
    }
}
