package org.faqbot.cli;

import java.io.PrintWriter;

/**
 * Shows how far a batch has got on stderr. On a terminal it is one line redrawn in place
 * ({@code [#########...........]  120/300 pages}); elsewhere (a pipe, a CI log) it prints a plain line
 * at every tenth of the way, since carriage returns only make a mess there.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private int lastTenth = -1;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    void update(int done, int total, String what) {
        if (terminal) {
            int filled = WIDTH * done / total;
            err.printf("\r[%s%s] %d/%d %s   ", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, what);
            err.print(done == total ? "\n" : "");
        } else if (10 * done / total > lastTenth) {
            lastTenth = 10 * done / total;
            err.printf("ingest: %d/%d %s%n", done, total, what);
        }
        err.flush();
    }
}
