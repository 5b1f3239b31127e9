package org.faqbot.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Opens the search's data files: from the data directory when one is set, else from the class path. */
final class DataFiles {

    private static final String CLASSPATH_DIR = "/faq-data/";

    private DataFiles() {
    }

    /** Opens {@code file} in {@code dataDir}, or in the {@code faq-data/} resources when it is empty. */
    static InputStream open(String file, Optional<Path> dataDir) throws IOException {
        if (dataDir.isPresent()) {
            Path path = dataDir.get().resolve(file);
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString(), null, "search data file missing");
            }
            return Files.newInputStream(path);
        }
        InputStream in = DataFiles.class.getResourceAsStream(CLASSPATH_DIR + file);
        if (in == null) {
            throw new NoSuchFileException(CLASSPATH_DIR + file, null, "search data file missing from the class path");
        }
        return in;
    }
}
