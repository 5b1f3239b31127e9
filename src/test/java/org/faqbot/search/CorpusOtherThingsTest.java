package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void aTypoOneEditAwayIsStillTheDocsWord() {
        assertEquals(Optional.empty(), corpus.otherThing("How do I renew my membreship?", Lang.EN));
    }
}
