package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFilesTest {

    @TempDir
    Path dir;

    private Path docs(String... pages) throws IOException {
        Path root = dir.resolve("docs");
        Files.createDirectories(root);
        Files.writeString(root.resolve("LICENSE"), "CC BY 4.0");
        for (String page : pages) {
            Path file = root.resolve(page);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
        return root;
    }

    private static List<String> describe(List<PageFile> pages) {
        return pages.stream().map(p -> p.slug() + " " + p.docsPath()).collect(Collectors.toList());
    }

    @Test
    void pagesAreSortedTocFilesSkippedAndDocsPathsTakenFromTheLicensedRoot() throws IOException {
        Path root = docs("partner-center/b.md", "partner-center/TOC.md", "marketplace/a.md", "partner-center/notes.txt");

        List<PageFile> pages = PageFiles.collect(List.of(root), Optional.empty(), failure -> { });

        assertEquals(List.of("a marketplace/a", "b partner-center/b"), describe(pages));
    }

    @Test
    void pagesSharingANameGetTheirFolderInFront() throws IOException {
        Path root = docs("partner-center/announcements/index.md", "marketplace/index.md", "partner-center/faq.md");

        List<PageFile> pages = PageFiles.collect(List.of(root), Optional.empty(), failure -> { });

        assertEquals(List.of("marketplace-index marketplace/index", "announcements-index partner-center/announcements/index",
                "faq partner-center/faq"), describe(pages));
    }

    @Test
    void pagesSharingFolderAndNameGetTheirWholeDocsPath() throws IOException {
        Path root = docs("x/a/index.md", "y/a/index.md");

        List<PageFile> pages = PageFiles.collect(List.of(root), Optional.empty(), failure -> { });

        assertEquals(List.of("x-a-index x/a/index", "y-a-index y/a/index"), describe(pages));
    }

    @Test
    void missingInputIsReportedAndTheRestCollected() throws IOException {
        Path root = docs("p/a.md");
        List<String> failures = new ArrayList<>();

        List<PageFile> pages = PageFiles.collect(List.of(root.resolve("p/a.md"), root.resolve("p/gone.md")),
                Optional.empty(), failures::add);

        assertEquals(List.of("a p/a"), describe(pages));
        assertEquals(List.of(root.resolve("p/gone.md").toString().replace('\\', '/') + ": no such file or folder"), failures);
    }
}
