package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.search.FusionFit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which cases the fit takes from which files. */
class FitCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    @Test
    void answerableFilesGiveTheirFaqCasesButNotTheirOutOfDomainOnes() throws IOException {
        Path corpus = file("corpus.jsonl",
                "{\"id\":\"c-1\",\"kind\":\"faq\",\"lang\":\"en\",\"q\":\"how do I file a co-op claim\",\"expect\":\"claims#file\"}",
                "{\"id\":\"c-2\",\"kind\":\"ood\",\"lang\":\"nl\",\"q\":\"wie won gisteren\",\"expect\":null}");
        Path benefits = file("benefits.jsonl",
                "{\"id\":\"b-1\",\"kind\":\"faq\",\"lang\":\"nl\",\"q\":\"hoe verleng ik mijn voordelen\",\"expect\":\"benefits-faq#renew\"}",
                "{\"id\":\"b-2\",\"kind\":\"ood\",\"lang\":\"en\",\"q\":\"how do I reset MFA for a user\",\"expect\":null}",
                "{\"id\":\"b-3\",\"kind\":\"date\",\"lang\":\"en\",\"q\":\"I redeemed it yesterday\",\"expect_date\":\"2026-11-23\"}");

        List<FusionFit.Case> cases = FitCommand.cases(List.of(corpus), List.of(benefits));

        assertEquals(List.of(
                new FusionFit.Case("how do I file a co-op claim", Lang.EN, Optional.of("claims#file")),
                new FusionFit.Case("wie won gisteren", Lang.NL, Optional.empty()),
                new FusionFit.Case("hoe verleng ik mijn voordelen", Lang.NL, Optional.of("benefits-faq#renew"))), cases);
    }

    @Test
    void unknownFeatureToLeaveOutIsAnUsageErrorNamingTheFeatures() {
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine command = new picocli.CommandLine(new FitCommand()).setErr(new java.io.PrintWriter(err));

        int exit = command.execute("--leave-out", "chunkz", "--out", dir.resolve("m.json").toString());

        assertEquals(2, exit);
        assertEquals(true, err.toString().startsWith("--leave-out: no feature 'chunkz'; the features are [lex, "), err.toString());
    }
}
