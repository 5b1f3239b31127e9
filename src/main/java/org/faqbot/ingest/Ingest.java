package org.faqbot.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.LightMarkdown;
import java.util.function.Consumer;

/**
 * Ingests Microsoft's bilingual docs pages (Dutch with the English original in
 * {@code <span class="sxs-lookup">}) into a knowledge base. Pages are read one by one; a page that is
 * not in the format is reported ({@code file:line: reason}) and the others still go in. The same input
 * gives the same knowledge base, entry for entry. See {@link EntryBuilder} for how sections become
 * entries, {@link GenericSections} for the sections left out as saying the same under the same question
 * all over the docs, {@link PageFiles} for slugs and URLs, and {@link LightMarkdown} for the answers' format.
 *
 * <pre>
 * IngestReport report = Ingest.run(List.of(Path.of("faq-data/kb-source")), Optional.empty(), Ingest.Progress.NONE);
 * KnowledgeBaseJson.write(report.knowledgeBase(), Path.of("kb.json"));
 * </pre>
 */
public final class Ingest {

    /** Told after each page, to show progress. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        /** @param done pages finished so far (1 to total) */
        void pageDone(int done, int total);
    }

    private Ingest() {
    }

    /**
     * Ingests the given files and folders.
     *
     * @param inputs   {@code .md} files, or folders walked for them
     * @param docsRoot the folder whose sub-paths are the pages' URL paths; empty to find it (see {@link PageFiles})
     * @throws UncheckedIOException when a folder cannot be walked
     */
    public static IngestReport run(List<Path> inputs, Optional<Path> docsRoot, Progress progress) {
        List<String> warnings = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<PageFile> pages = collect(inputs, docsRoot, failures);
        List<FaqEntry> entries = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            entries.addAll(page(pages.get(i), warnings, failures));
            progress.pageDone(i + 1, pages.size());
        }
        GenericSections.Split split = GenericSections.split(entries);
        return new IngestReport(KnowledgeBase.of(split.kept()), pages.size(), split.generic(), warnings, failures);
    }

    /** Ingests files and folders with the docs root found from the files, without progress. */
    public static IngestReport run(List<Path> inputs) {
        return run(inputs, Optional.empty(), Progress.NONE);
    }

    /**
     * The bilingual pairs of the given pages as plain text (markup and images dropped, links as their
     * text), pages in docs-path order and pairs in page order: the sentence-aligned text a translation
     * model learns from. A page that is not in the format is left out and reported to {@code failures}
     * as {@code file:line: reason}.
     *
     * @param inputs {@code .md} files, or folders walked for them
     * @throws UncheckedIOException when a folder cannot be walked
     */
    public static List<Bilingual> plainPairs(List<Path> inputs, Consumer<String> failures) {
        List<String> missing = new ArrayList<>();
        List<PageFile> pages = collect(inputs, Optional.empty(), missing);
        missing.forEach(failures);
        List<Bilingual> pairs = new ArrayList<>();
        for (PageFile page : pages) {
            try {
                pairs.addAll(PageParser.parse(page, warning -> { }).plainPairs());
            } catch (KbFormatException | IllegalArgumentException e) {
                failures.accept(e.getMessage());
            } catch (IOException e) {
                failures.accept(page.display() + ":1: cannot read as UTF-8 text: " + e);
            }
        }
        return pairs;
    }

    private static List<PageFile> collect(List<Path> inputs, Optional<Path> docsRoot, List<String> failures) {
        try {
            return PageFiles.collect(inputs, docsRoot, failures::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pages in " + inputs, e);
        }
    }

    private static List<FaqEntry> page(PageFile page, List<String> warnings, List<String> failures) {
        List<String> pageWarnings = new ArrayList<>();
        try {
            List<FaqEntry> entries = EntryBuilder.build(PageParser.parse(page, pageWarnings::add));
            warnings.addAll(pageWarnings);
            return entries;
        } catch (KbFormatException e) {
            failures.add(e.getMessage());
        } catch (IOException e) {
            failures.add(page.display() + ":1: cannot read as UTF-8 text: " + e);
        } catch (IllegalArgumentException e) {
            failures.add(page.display() + ":1: " + e.getMessage());
        }
        warnings.addAll(pageWarnings);
        return List.of();
    }
}
