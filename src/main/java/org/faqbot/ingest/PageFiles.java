package org.faqbot.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the pages to ingest and names them.
 * <ul>
 *   <li>Folders are walked for {@code *.md}; {@code TOC.md} files are skipped, as they are the docs
 *       site's navigation, not pages. Pages are sorted by docs path, so the output does not depend on
 *       the file system's order.</li>
 *   <li>The docs path (the URL path) is the page's path under the docs root: the given root, or else
 *       the nearest folder above the page holding a {@code LICENSE} file (as the docs repositories and
 *       {@code faq-data/kb-source} do), or else the folder above the page's folder.</li>
 *   <li>The slug is the file name without {@code .md}. When pages in one batch share a name (an
 *       {@code index.md} in several folders), each of them gets its folder's name in front
 *       ({@code announcements-index}), or its whole docs path with {@code -} for {@code /} if that still
 *       clashes.</li>
 * </ul>
 */
final class PageFiles {

    private PageFiles() {
    }

    /**
     * @param failures receives a message for each input that does not exist
     */
    static List<PageFile> collect(List<Path> inputs, Optional<Path> root, Consumer<String> failures) throws IOException {
        Map<Path, String> found = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk(input, found);
            } else if (Files.isRegularFile(input)) {
                found.putIfAbsent(input.toAbsolutePath().normalize(), display(input));
            } else {
                failures.accept(display(input) + ": no such file or folder");
            }
        }
        List<PageFile> pages = found.entrySet().stream()
                .map(e -> new PageFile(e.getKey(), e.getValue(), docsPath(e.getKey(), root), ""))
                .sorted(Comparator.comparing(PageFile::docsPath).thenComparing(PageFile::display))
                .collect(Collectors.toList());
        return withSlugs(pages);
    }

    private static void walk(Path folder, Map<Path, String> found) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equalsIgnoreCase("TOC.md"))
                    .forEach(f -> found.putIfAbsent(f.toAbsolutePath().normalize(), display(f)));
        }
    }

    private static String display(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static String docsPath(Path file, Optional<Path> root) {
        Path base = root.map(r -> r.toAbsolutePath().normalize()).filter(file::startsWith)
                .or(() -> licensedFolder(file))
                .orElseGet(() -> file.getParent().getParent() == null ? file.getParent() : file.getParent().getParent());
        String path = display(base.relativize(file));
        return path.toLowerCase(Locale.ROOT).endsWith(".md") ? path.substring(0, path.length() - 3) : path;
    }

    private static Optional<Path> licensedFolder(Path file) {
        for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("LICENSE"))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    private static List<PageFile> withSlugs(List<PageFile> pages) {
        Map<String, Long> names = pages.stream().collect(Collectors.groupingBy(PageFiles::name, Collectors.counting()));
        List<String> slugs = pages.stream()
                .map(p -> names.get(name(p)) == 1 ? name(p) : folderSlug(p))
                .collect(Collectors.toList());
        Map<String, Integer> uses = new HashMap<>();
        slugs.forEach(slug -> uses.merge(slug, 1, Integer::sum));
        List<PageFile> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageFile p = pages.get(i);
            String slug = uses.get(slugs.get(i)) == 1 ? slugs.get(i) : p.docsPath().replace('/', '-');
            out.add(new PageFile(p.file(), p.display(), p.docsPath(), slug));
        }
        return out;
    }

    private static String name(PageFile page) {
        String path = page.docsPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String folderSlug(PageFile page) {
        String[] parts = page.docsPath().split("/");
        return parts.length < 2 ? parts[0] : parts[parts.length - 2] + "-" + parts[parts.length - 1];
    }
}
