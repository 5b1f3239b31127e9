package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.faqbot.kb.KnowledgeBaseJson;
import org.faqbot.kb.Lang;
import org.faqbot.search.EncoderLoader;
import org.faqbot.search.FaqIndex;
import org.faqbot.search.FaqIndex.CheapResult;
import org.faqbot.search.SearchResult;
import org.faqbot.search.SearchSettings;
import org.faqbot.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchAheadTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final AtomicInteger searches = new AtomicInteger();
    private final AtomicInteger replying = new AtomicInteger();
    private final AtomicBoolean hybrid = new AtomicBoolean();
    /** The lexical search of the Benefits FAQ, enough to tell one search's result from another's. */
    private static FaqIndex lexical;
    private final BiFunction<String, Lang, CheapResult> counting = (text, lang) -> {
        searches.incrementAndGet();
        return lexical.searchCheaply(text, lang);
    };

    @BeforeAll
    static void index() throws Exception {
        lexical = FaqIndex.build(KnowledgeBaseJson.read(Path.of("faq-data/kb.json")), SearchSettings.defaults());
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private SearchAhead ahead(BiFunction<String, Lang, CheapResult> search) {
        return new SearchAhead(search, hybrid::get, executor, 1, replying);
    }

    @Test
    void theReplysOwnQuestionIsSearchedOnceAheadAndTakenByItsSearches() {
        SearchAhead ahead = ahead(counting);
        ahead.begin();
        ahead.start("hoe verleng ik onze voordelen", Lang.NL);
        CheapResult first = ahead.take("hoe verleng ik onze voordelen", Lang.NL).orElseThrow();
        assertSame(first, ahead.take("hoe verleng ik onze voordelen", Lang.NL).orElseThrow());
        ahead.end();
        assertEquals(1, searches.get());
        assertEquals(0, replying.get());
    }

    @Test
    void anotherTextOrLanguageIsSearchedByTheReplyItself() {
        SearchAhead ahead = ahead(counting);
        ahead.begin();
        ahead.start("when do my keys expire", Lang.EN);
        assertTrue(ahead.take("my keys", Lang.EN).isEmpty());
        assertTrue(ahead.take("when do my keys expire", Lang.NL).isEmpty());
        ahead.end();
    }

    @Test
    void aSearchAheadEndsWithItsReplyAndServesNoLaterOne() {
        SearchAhead ahead = ahead(counting);
        ahead.begin();
        ahead.start("how do I renew", Lang.EN);
        ahead.end();
        ahead.begin();
        assertTrue(ahead.take("how do I renew", Lang.EN).isEmpty(), "a search is no cache across replies");
        ahead.end();
    }

    @Test
    void noCoreIsSpareWhileAsManyOtherRepliesRun() {
        SearchAhead ahead = ahead(counting);
        replying.set(1);
        ahead.begin();
        ahead.start("wanneer verloopt mijn sleutel", Lang.NL);
        assertTrue(ahead.take("wanneer verloopt mijn sleutel", Lang.NL).isEmpty());
        ahead.end();
        assertEquals(0, searches.get());
    }

    @Test
    void withoutAnExecutorNothingIsSearchedAhead() {
        SearchAhead ahead = new SearchAhead(counting, hybrid::get, null, 1, replying);
        ahead.begin();
        ahead.start("how do I renew", Lang.EN);
        assertTrue(ahead.take("how do I renew", Lang.EN).isEmpty());
        ahead.end();
        assertEquals(0, searches.get());
    }

    @Test
    void aSearchFromBeforeTheEncoderLoadedIsNotUsedAfter() throws Exception {
        SearchAhead ahead = ahead(counting);
        ahead.begin();
        ahead.start("hoe activeer ik visual studio", Lang.NL);
        executor.submit(() -> { }).get(); // the single thread has searched
        hybrid.set(true);
        assertTrue(ahead.take("hoe activeer ik visual studio", Lang.NL).isEmpty());
        ahead.end();
    }

    @Test
    void aSearchFromAfterTheEncoderLoadedIsUsed() {
        hybrid.set(true);
        SearchAhead ahead = ahead(counting);
        ahead.begin();
        ahead.start("hoe activeer ik visual studio", Lang.NL);
        assertTrue(ahead.take("hoe activeer ik visual studio", Lang.NL).isPresent());
        ahead.end();
    }

    @Test
    void theReplyNeverAsksForTheEncoderToStartASearch() {
        Thread reply = Thread.currentThread();
        AtomicInteger askedByReply = new AtomicInteger();
        SearchAhead ahead = new SearchAhead(counting, () -> {
            if (Thread.currentThread() == reply) {
                askedByReply.incrementAndGet();
            }
            return true;
        }, executor, 1, replying);
        ahead.begin();
        ahead.start("thanks, that was all", Lang.EN);
        ahead.end();
        assertEquals(0, askedByReply.get(), "a reply that never searches must not wait for the encoder's load");
    }

    @Test
    void aFailedSearchAheadLeavesTheSearchToTheReply() {
        SearchAhead ahead = ahead((text, lang) -> {
            throw new IllegalStateException("index closed");
        });
        ahead.begin();
        ahead.start("how do I renew", Lang.EN);
        assertTrue(ahead.take("how do I renew", Lang.EN).isEmpty());
        ahead.end();
    }

    @Test
    void theSettingIsACountOfThreadsFromZero() {
        assertEquals(1, SearchAhead.threads(null, 1));
        assertEquals(1, SearchAhead.threads(" ", 1));
        assertEquals(0, SearchAhead.threads(null, 0), "a single core has none to spare");
        assertEquals(0, SearchAhead.threads("0", 1));
        assertEquals(3, SearchAhead.threads(" 3 ", 1));
        assertEquals(-1, SearchAhead.threads("-1", 1));
        assertEquals(-1, SearchAhead.threads("65", 1));
        assertEquals(-1, SearchAhead.threads("two", 1));
    }

    /**
     * What makes the search ahead safe: a cheap search that was sure is the whole search's own result, as
     * {@link FaqResponder#search} takes it (the Benefits FAQ with the encoder, questions of our own in both languages).
     */
    @Test
    void aSureCheapSearchIsTheWholeSearchsResult() throws Exception {
        EncoderLoader.start();
        FaqIndex index = AssistantParts.standard(KnowledgeBaseJson.read(Path.of("faq-data/kb.json")), Stores.inMemory(),
                Clock.systemUTC(), EncoderLoader::await).index();
        List<String> english = List.of("how do I renew our benefits?", "when do the partner benefits end?",
                "may a new hire get one of our visual studio seats?", "the product keys page shows nothing, why?",
                "what is the price of a gym membership?");
        List<String> dutch = List.of("hoe verleng ik onze voordelen?", "wanneer lopen de partnervoordelen af?",
                "krijgt een nieuwe collega ook een visual studio plek van ons?", "waarom zie ik geen productsleutels?",
                "wat kost een abonnement op de sportschool?");
        int sure = 0;
        for (Lang lang : List.of(Lang.EN, Lang.NL)) {
            for (String question : lang == Lang.EN ? english : dutch) {
                CheapResult cheap = index.searchCheaply(question, lang);
                if (cheap.sure()) {
                    sure++;
                    assertEquals(ids(index.search(question, lang)), ids(cheap.result()), question);
                }
            }
        }
        assertTrue(sure >= 2, "some of the questions are settled without the encoder: " + sure);
        assertFalse(sure == english.size() + dutch.size(), "and some are not");
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(h -> h.entry().id() + " " + h.confidence()).toList();
    }
}
