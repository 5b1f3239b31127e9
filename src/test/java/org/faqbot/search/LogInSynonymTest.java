package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The synonym files' lines are read with the stop words gone, so a "log in" written there was a bare "log", and a question
 * about activity logs was searched as one about signing in. A question's "log in" is one word, "login", before the
 * synonyms see it.
 */
class LogInSynonymTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() throws IOException {
        KnowledgeBase kb = KnowledgeBaseJson.read(Path.of("faq-data/kb.json"));
        analysis = Analysis.of(kb, SearchSettings.defaults(), Set.of());
    }

    private static Set<String> queryTerms(String text, Lang lang) {
        return Analysis.terms(analysis.query().get(lang), text);
    }

    @Test
    void anEnglishActivityLogIsNoSignIn() {
        Set<String> terms = queryTerms("who changed this? I want to see the audit logs", Lang.EN);
        assertFalse(terms.contains("sign"), terms.toString());
    }

    @Test
    void aDutchActivityLogIsNoSignIn() {
        Set<String> terms = queryTerms("in welke log zie ik wie de gebruiker verwijderd heeft", Lang.NL);
        assertFalse(terms.contains("aanmeld"), terms.toString());
        assertFalse(terms.contains("sign"), terms.toString());
    }

    @Test
    void anEnglishLogInStillReadsAsSignIn() {
        assertTrue(queryTerms("my coworker cannot log in anymore", Lang.EN).contains("sign"));
        assertTrue(queryTerms("she was logged on yesterday", Lang.EN).contains("sign"));
    }

    @Test
    void aDutchLogInStillReadsAsSignIn() {
        assertTrue(queryTerms("hij kan niet meer inloggen", Lang.NL).contains("sign"));
        assertTrue(queryTerms("log in bij het portaal lukt niet", Lang.NL).contains("sign"));
    }
}
