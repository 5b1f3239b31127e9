package org.faqbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the commands that write a data file do before writing it. */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Creates the folder {@code file} goes into, if it has one and it is not there yet. */
    static void createFolderOf(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
    }
}
