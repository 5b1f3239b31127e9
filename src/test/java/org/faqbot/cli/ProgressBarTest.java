package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void terminalBarRedrawsOneLine() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true);

        bar.update(1, 2, "pages");
        bar.update(2, 2, "pages");

        assertEquals("\r[###############...............] 1/2 pages   \r[##############################] 2/2 pages   \n",
                err.toString());
    }

    @Test
    void withoutTerminalItPrintsALineEachTenthOfTheWay() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), false);

        for (int done = 1; done <= 20; done++) {
            bar.update(done, 20, "pages");
        }

        assertEquals(11, err.toString().lines().count());
    }
}
