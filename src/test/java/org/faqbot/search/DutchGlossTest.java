package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DutchGlossTest {

    /** A few lines as the trainer writes them, with the numbers it learnt for these words. */
    private static final String TABLE = String.join("\n",
            "abonnement\t900\tsubscription:0.860 plan:0.110",
            "alleen\t419\t-",
            "betaling\t147\tpayment:0.946",
            "gebruikers\t881\tusers:0.710 user:0.252",
            "inwisselen\t40\tredeem:0.810",
            "licentie\t371\tlicense:0.869 licensing:0.113",
            "sleutel\t48\tkey:0.892",
            "terug\t55\tback:0.439 return:0.218",
            "terugbetaling\t3\tredemption:0.263 chargeback:0.120 refund:0.120",
            "verlengd\t28\trenew:0.222 renewed:0.147",
            "verlengen\t64\trenew:0.634",
            "verlenging\t93\trenewal:0.891",
            "voordelen\t273\tbenefits:0.968",
            "wacht\t85\tpassword:0.210 hold:0.163",
            "wachtwoord\t53\tpassword:0.601 reset:0.247",
            "woord\t49\tpassword:0.590 reset:0.132",
            "");

    private static final DutchGloss GLOSS = DutchGloss.of(table(TABLE));

    private static final DutchGloss SHIPPED = DutchGloss.load();

    private static GlossTable table(String text) {
        try {
            return GlossTable.read(new BufferedReader(new StringReader(text)), "test.tsv");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void knownWordGivesItsLikelyTranslations() {
        assertEquals(List.of("subscription", "users", "user"), GLOSS.glossWords("abonnement gebruikers"));
    }

    @Test
    void stopWordsAndWordsWithoutTranslationAreLeftOut() {
        assertEquals("subscription", GLOSS.gloss("Ik wil alleen mijn abonnement"));
    }

    @Test
    void compoundIsGlossedByItsParts() {
        assertEquals("license key", GLOSS.gloss("licentiesleutel"));
    }

    @Test
    void rareCompoundIsGlossedByItsPartsEvenWhenKnown() {
        assertEquals("back return payment", GLOSS.gloss("terugbetaling"));
    }

    @Test
    void confidentCompoundIsGlossedWhole() {
        assertEquals("password reset", GLOSS.gloss("wachtwoord"));
    }

    @Test
    void englishWordTheTableTranslatesToStays() {
        assertEquals("key benefits redeem", GLOSS.gloss("Mijn KEY en benefits redeem"));
    }

    @Test
    void englishVerbWithDutchEndingStaysAsTheVerb() {
        assertEquals("redeem", GLOSS.gloss("redeemen"));
    }

    @Test
    void unknownInflectionIsGlossedByTheWordsOfItsStem() {
        assertEquals("renewal renew", GLOSS.gloss("verleng"));
    }

    @Test
    void sentenceKeepsTheQuestionsShapeAndWordOrder() {
        assertEquals("how can i my license key renew", GLOSS.sentence("Hoe kan ik mijn licentiesleutel verlengen?"));
    }

    @Test
    void sentenceKeepsNegationAndTimeWordsThatTheTopicGlossDrops() {
        assertEquals("subscription renew", GLOSS.gloss("Waarom is mijn abonnement nog niet verlengd?"));
        assertEquals("why is my subscription still not renew", GLOSS.sentence("Waarom is mijn abonnement nog niet verlengd?"));
    }

    @Test
    void sentenceRepeatsAWordThatTheQuestionRepeats() {
        assertEquals("subscription or subscription", GLOSS.sentence("abonnement of abonnement"));
        assertEquals("subscription", GLOSS.gloss("abonnement of abonnement"));
    }

    @Test
    void sentenceLeavesOutOtherStopWordsAndUnknownWords() {
        assertEquals("", GLOSS.sentence("de het een knalrood"));
    }

    @Test
    void unknownWordIsLeftOut() {
        assertEquals("subscription", GLOSS.gloss("het abonnement is knalrood"));
    }

    @Test
    void textWithoutKnownWordsGivesAnEmptyGloss() {
        assertEquals("", GLOSS.gloss("?! 42"));
    }

    @Test
    void threadsGlossAlike() {
        List<String> questions = Collections.nCopies(2_000, "verleng het wachtwoord van de licentiesleutel");

        List<String> glosses = questions.parallelStream().map(GLOSS::gloss).distinct().toList();

        assertEquals(List.of("renewal renew password reset license key"), glosses);
    }

    @Test
    void malformedTableFileIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gloss.tsv");
        Files.writeString(file, "# header\nverlengen\t64\trenew:0.634\nabonnement\tveel\tsubscription:0.86\n");

        GlossFormatException e = assertThrows(GlossFormatException.class, () -> DutchGloss.read(file));

        assertEquals(file + ":3: count \"veel\" is not a whole number of at least 1: "
                + "\"abonnement\\tveel\\tsubscription:0.86\"", e.getMessage());
    }

    @Test
    void shippedTableGlossesRenewingASubscription() {
        List<String> gloss = SHIPPED.glossWords("Hoe verleng ik mijn abonnement?");

        assertTrue(gloss.containsAll(List.of("renew", "subscription")), gloss.toString());
    }

    @Test
    void shippedTableKeepsEnglishTermsOfDutchChat() {
        List<String> gloss = SHIPPED.glossWords("Werkt de Azure key ook voor de sandbox?");

        assertTrue(gloss.containsAll(List.of("azure", "key", "sandbox")), gloss.toString());
    }

    @Test
    void shippedTableGlossesCompoundsItHasNotSeen() {
        List<String> gloss = SHIPPED.glossWords("Waar staan mijn productsleutels?");

        assertTrue(gloss.containsAll(List.of("product", "keys")), gloss.toString());
    }

    @Test
    void shippedTableGlossesTheTrainersSampleWords() {
        List<String> words = List.of("verlengen", "abonnement", "beheerder", "toewijzen", "inwisselen", "verlopen",
                "lidmaatschap");

        List<String> glosses = words.stream().map(word -> SHIPPED.glossWords(word).get(0)).toList();

        assertEquals(List.of("renew", "subscription", "admin", "assign", "redeem", "expired", "membership"), glosses);
    }

    @Test
    void aVerbSplitFromItsParticleIsGlossedAsTheWholeVerb() {
        DutchGloss gloss = DutchGloss.of(table(TABLE + "inschrijven\t63\tenroll:0.775\nschrijf\t9\twrite:0.552\n"
                + "toewijzen\t147\tassign:0.856\nwijs\t20\tshow:0.400\n"));

        assertEquals("how enroll i for subscription", gloss.sentence("Hoe schrijf ik me in voor het abonnement?"));
        assertEquals(List.of("assign", "license"), gloss.glossWords("Wijs ik de licentie toe?"));
    }

    @Test
    void aParticleBeforeANounIsAPreposition() {
        DutchGloss gloss = DutchGloss.of(table(TABLE + "komen\t80\tcome:0.700\ninkomen\t12\tincome:0.900\n"));

        assertEquals(List.of("come", "subscription"), gloss.glossWords("Kom ik in het abonnement?"));
    }

    /** "als", "met", "zodat" start the next phrase: the particle before them closed its verb's. */
    @Test
    void aParticleBeforeAConjunctionOrAPrepositionThatIsNoParticleEndsItsVerb() {
        DutchGloss gloss = DutchGloss.of(table(TABLE + "nodig\t259\tneeded:0.135\nuitnodigen\t36\tinvite:0.845\n"
                + "inschakelen\t65\tenable:0.789\nzet\t2\ttransition:0.321\n"));

        assertEquals(List.of("invite", "users", "user"), gloss.glossWords("Hoe nodig ik de gebruikers uit als beheerder?"));
        assertEquals(List.of("invite", "license"), gloss.glossWords("nodig hem uit met een licentie"));
    }

    /** Words the docs never use ("aanzetten", "tweestapsverificatie") are glossed as their synonym the table knows. */
    @Test
    void aWordTheTableLacksIsGlossedAsItsSynonymTheTableKnows() {
        GlossSynonyms synonyms = GlossSynonyms.of(List.of("# a comment, ignored", "aanzetten, inschakelen, activeren",
                "mfa, meervoudige verificatie, tweestapsverificatie"));
        DutchGloss gloss = DutchGloss.of(table(TABLE + "activeren\t67\tactivate:0.878\ninschakelen\t65\tenable:0.789\nmfa\t294\tmfa:0.954\n"
                + "zet\t2\ttransition:0.321\nverificatie\t90\tverification:0.700\n"), synonyms);

        assertEquals(List.of("enable", "activate", "mfa", "users", "user"), gloss.glossWords("zet ik tweestapsverificatie aan voor de gebruikers?"));
        assertEquals(List.of("subscription", "enable", "activate"), gloss.glossWords("abonnement aanzetten"));
        assertEquals(List.of("transition", "subscription"), DutchGloss.of(table(TABLE + "zet\t2\ttransition:0.321\n"))
                .glossWords("zet ik het abonnement aan"));
    }

    /**
     * A word the table knows without a translation it is sure of ("rechten": the docs' rights and entitlements) also gets
     * its synonyms' translations (the chat's "rechten" are the docs' "machtigingen", permissions).
     */
    @Test
    void aWordTheTableIsUnsureOfAlsoGetsItsSynonymsTranslations() {
        GlossSynonyms synonyms = GlossSynonyms.of(List.of("rechten, machtigingen, bevoegdheden", "abonnement, lidmaatschap"));
        DutchGloss gloss = DutchGloss.of(table(TABLE + "rechten\t64\trights:0.429 entitlements:0.203\nmachtigingen\t175\tpermissions:0.937\n"
                + "bevoegdheden\t88\tprivileges:0.661\nlidmaatschap\t40\tmembership:0.900\n"), synonyms);

        assertEquals(List.of("rights", "entitlements", "permissions", "privileges", "users", "user"), gloss.glossWords("rechten voor gebruikers"));
        // A word the table is sure of keeps its own translation alone.
        assertEquals(List.of("subscription"), gloss.glossWords("abonnement"));
    }

    @Test
    void theGlossSynonymsAreTheOneWordEntriesOfTheirLines() {
        GlossSynonyms synonyms = GlossSynonyms.of(List.of("mfa, meervoudige verificatie, tweestapsverificatie, 2fa", "login, logon => aanmelden"));

        assertEquals(List.of("tweestapsverificatie", "2fa"), synonyms.of("mfa"));
        assertEquals(List.of("logon", "aanmelden"), synonyms.of("login"));
        assertEquals(List.of(), synonyms.of("meervoudige"));
    }

    @Test
    void theShippedGlossReadsEverydayWordsByTheDocsSynonyms() {
        assertTrue(SHIPPED.glossWords("tweestapsverificatie aanzetten").containsAll(List.of("mfa", "enable")),
                SHIPPED.glossWords("tweestapsverificatie aanzetten").toString());
    }
}
