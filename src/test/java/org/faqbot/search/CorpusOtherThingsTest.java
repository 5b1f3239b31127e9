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

    @Test
    void aTypoOneEditAwayIsStillTheDocsWord() {
        assertEquals(Optional.empty(), corpus.otherThing("How do I renew my membreship?", Lang.EN));
    }
}
