package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Other things against the whole corpus, whose many words make an everyday word look known: "passport" splits into
 * the Dutch parts "pas" and "port", and is two edits from "password".
 */
class CorpusOtherThingsTest {

    private static FaqIndex corpus;

    @BeforeAll
    static void buildIndex() throws IOException {
        corpus = FaqIndex.build(KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json")), SearchSettings.defaults());
    }

    @Test
    void anEnglishWordKnownOnlyByDutchPartsIsAThingOfItsOwn() {
        assertEquals(Optional.of("passport"), corpus.otherThing("How do I renew my passport?", Lang.EN));
    }

    @Test
    void aDutchCompoundOfTheFaqsThingsIsStillTheFaqs() {
        assertEquals(Optional.empty(), corpus.otherThing("Hoe verleng ik mijn partnerlidmaatschap?", Lang.NL));
        assertEquals(Optional.empty(), corpus.otherThing("How do I renew my benefits?", Lang.EN));
    }

    /** "install" is the corpus's word too; a name no page uses, as its object, is what the question is about. */
    @Test
    void aNameNoPageUsesAsAVerbsObjectIsAThingOfItsOwn() {
        assertEquals(Optional.of("Fedora"), corpus.otherThing("How do I install Fedora?", Lang.EN));
        assertEquals(Optional.of("Fedora"), corpus.otherThing("Hoe installeer ik Fedora?", Lang.NL));
        assertTrue(corpus.search("How do I install Fedora?", Lang.EN).answer().isEmpty());
    }

    /**
     * M9: "AWS" is one letter from the docs' "was" and the docs name it only among a customer's competing products, never
     * beside a refund: a name in capitals that no entry holds beside the question's other words is no page's, so no
     * entry of any page answers (the refund entry of another page did).
     */
    @Test
    void aNameInCapitalsNoEntryHoldsBesideTheQuestionsWordsIsNoPages() {
        assertEquals(Optional.of("AWS"), corpus.search("Can AWS give me my money back as a refund?", Lang.EN).otherThing());
        assertTrue(corpus.search("Can AWS give me my money back as a refund?", Lang.EN).answer().isEmpty());
    }

    @Test
    void aNameInCapitalsNoEntryHoldsBesideTheQuestionsWordsIsNoPagesInDutchToo() {
        assertEquals(Optional.of("AWS"), corpus.search("krijg ik een terugbetaling van AWS?", Lang.NL).otherThing());
        assertTrue(corpus.search("krijg ik een terugbetaling van AWS?", Lang.NL).answer().isEmpty());
    }

    /** The docs' own abbreviations beside their words, and the docs' sense of "AWS", are still the docs'. */
    @Test
    void theDocsOwnAbbreviationsStayTheDocs() {
        assertEquals(Optional.empty(), corpus.search("Do we have to turn on MFA for Partner Center?", Lang.EN).otherThing());
        assertEquals(Optional.empty(), corpus.search("Moeten we MFA aanzetten voor Partner Center?", Lang.NL).otherThing());
        assertEquals(Optional.empty(), corpus.search("which customers show the Has AWS signal?", Lang.EN).otherThing());
    }

    @Test
    void aTypoOneEditAwayIsStillTheDocsWord() {
        assertEquals(Optional.empty(), corpus.otherThing("How do I renew my membreship?", Lang.EN));
    }
}
