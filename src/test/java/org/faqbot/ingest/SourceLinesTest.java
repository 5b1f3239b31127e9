package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

    @Test
    void fencedLinesAreCodeAndCommentsAreDropped() {
        List<String> lines = List.of("Text <!-- note --> here", "<!--", "hidden", "-->", "```powershell", "Get-Thing", "```");

        List<SourceLine> read = SourceLines.read("p.md", lines, 0);

        assertEquals(List.of(new SourceLine(1, "Text  here", false), new SourceLine(2, "", false),
                new SourceLine(3, "", false), new SourceLine(4, "", false), new SourceLine(5, "```powershell", true),
                new SourceLine(6, "Get-Thing", true), new SourceLine(7, "```", true)), read);
    }

    @Test
    void preCodeBlockBecomesAFenceWithDecodedText() {
        List<String> lines = List.of("<pre><code>md c:\\HWID &amp; more", "", "Set-Location c:\\HWID</code></pre>");

        List<SourceLine> read = SourceLines.read("p.md", lines, 0);

        assertEquals(List.of(new SourceLine(1, "```", true), new SourceLine(1, "md c:\\HWID & more", true),
                new SourceLine(2, "", true), new SourceLine(3, "Set-Location c:\\HWID", true), new SourceLine(3, "```", true)),
                read);
    }

    @Test
    void codeFenceNeverClosedIsAnError() {
        List<String> lines = List.of("Text", "```powershell", "Get-Thing");

        KbFormatException e = assertThrows(KbFormatException.class, () -> SourceLines.read("p.md", lines, 0));

        assertEquals("p.md:2: code fence \"```powershell\" is never closed", e.getMessage());
    }
}
