package org.faqbot.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.kb.Lang;
import picocli.CommandLine.Option;

/** Options every conversation command takes: which knowledge base, which day is today, a language hint. */
public final class CommonOptions {

    @Option(names = "--kb", paramLabel = "<kb.json or folder>",
            description = "Knowledge base: a kb.json file, or a folder or .md page ingested on the fly "
                    + "(default: $FAQBOT_KB, else the shipped Benefits FAQ).")
    Path kb;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The date the bot takes as today (default: the system clock).")
    LocalDate today;

    @Option(names = "--lang", paramLabel = "nl|en", converter = LangConverter.class,
            description = "Language hint for short or unclear messages (default: none).")
    Lang lang;

    Optional<Path> kb() {
        return Optional.ofNullable(kb);
    }

    Optional<LocalDate> today() {
        return Optional.ofNullable(today);
    }

    Optional<Lang> lang() {
        return Optional.ofNullable(lang);
    }
}
