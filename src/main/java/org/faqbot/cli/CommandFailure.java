package org.faqbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * What a command that failed prints: one line that names the command and says what went wrong with
 * which file or value ("faqbot eval: no such file: cases.jsonl"), and exit status 1. A file that is
 * missing or unreadable or a bad value is the user's to fix, and a Java stack trace only hides the line
 * that says how; the trace is printed too for failures that are faqbot's own (a bug).
 */
final class CommandFailure implements CommandLine.IExecutionExceptionHandler {

    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + describe(e));
        if (!theUsersToFix(e)) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }

    /** The failure in words, with the file it concerns. */
    static String describe(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (cause instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (cause instanceof FileSystemException other && other.getReason() != null) {
            return other.getFile() + ": " + other.getReason();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static boolean theUsersToFix(Throwable e) {
        return e instanceof IOException || e instanceof UncheckedIOException || e instanceof IllegalArgumentException;
    }
}
