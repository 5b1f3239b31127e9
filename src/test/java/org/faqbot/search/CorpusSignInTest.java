package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partners say "inloggen" / "log in", the docs "aanmelden" / "sign in": against the whole corpus a question that cannot
 * log in reaches entries about signing in among its first three.
 */
class CorpusSignInTest {

    /** An entry about signing in or lost access, by its id: "unable-to-sign-in#...", "...-sign-into-...", "...-lost-access-...". */
    private static boolean aboutSigningIn(String id) {
        return id.contains("sign-in") || id.contains("sign-into") || id.contains("lost-access");
    }

    private static FaqIndex corpus;

    @BeforeAll
    static void buildIndex() throws IOException {
        corpus = FaqIndex.build(KnowledgeBaseJson.read(Path.of("faq-data/kb-all.json")), SearchSettings.defaults());
    }

    private static List<String> firstThree(String question, Lang lang) {
        return corpus.search(question, lang).hits().stream().limit(3).map(hit -> hit.entry().id()).toList();
    }

    @Test
    void aDutchLogInIsTheDocsAanmelden() {
        List<String> ids = firstThree("ik kan niet inloggen in partner center", Lang.NL);
        assertTrue(ids.stream().anyMatch(CorpusSignInTest::aboutSigningIn), ids.toString());
    }

    @Test
    void anEnglishLogInIsTheDocsSignIn() {
        List<String> ids = firstThree("I can't log in to partner center", Lang.EN);
        assertTrue(ids.stream().anyMatch(CorpusSignInTest::aboutSigningIn), ids.toString());
    }

    @Test
    void anEnglishLoggedOnIsTheDocsSignIn() {
        List<String> ids = firstThree("our admin is not able to get logged on to partner center anymore", Lang.EN);
        assertTrue(ids.stream().anyMatch(CorpusSignInTest::aboutSigningIn), ids.toString());
    }
}
