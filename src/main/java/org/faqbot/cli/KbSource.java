package org.faqbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.ingest.Ingest;
import org.faqbot.ingest.IngestReport;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;

/**
 * Finds the knowledge base a command answers from: the {@code --kb} option, else {@code FAQBOT_KB},
 * else the Benefits FAQ shipped in the jar. A {@code .json} file is read as is; a folder or a
 * {@code .md} page is ingested on the fly.
 */
public final class KbSource {

    /** The default knowledge base inside the jar. */
    public static final String DEFAULT_RESOURCE = "/faq-data/kb.json";

    private KbSource() {
    }

    public static KnowledgeBase load(Optional<Path> option, Map<String, String> env) throws IOException {
        Optional<Path> path = option.or(() -> Optional.ofNullable(env.get("FAQBOT_KB")).filter(s -> !s.isBlank()).map(Path::of));
        return path.isPresent() ? load(path.get()) : standard();
    }

    /** The Benefits FAQ knowledge base shipped with faqbot. */
    public static KnowledgeBase standard() throws IOException {
        return KnowledgeBaseJson.readResource(DEFAULT_RESOURCE);
    }

    static KnowledgeBase load(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("knowledge base " + path + " does not exist");
        }
        if (Files.isRegularFile(path) && path.toString().endsWith(".json")) {
            return KnowledgeBaseJson.read(path);
        }
        IngestReport report = Ingest.run(List.of(path));
        report.warnings().forEach(w -> System.err.println("warning: " + w));
        report.failures().forEach(f -> System.err.println("error: " + f));
        if (report.knowledgeBase().size() == 0) {
            throw new IOException("no entries could be ingested from " + path);
        }
        return report.knowledgeBase();
    }
}
