package org.faqbot.kb;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The top documents of a query on the index's single segment, every match scored. It does what
 * {@link IndexSearcher#search(Query, int)} does, minus three costs that profiles showed on small
 * knowledge bases, where a search takes a tenth of a millisecond:
 * <ul>
 *   <li>No rewrite: the queries built here (term, synonym, boost, disjunction-max and boolean
 *       queries) are scored as they are, and rewriting them rebuilt every clause for nothing.</li>
 *   <li>No task executor: there is one segment, searched on the caller's thread.</li>
 *   <li>Below {@link #BULK_SCORING_MIN_DOCS} documents, matches are scored one document at a time
 *       instead of by Lucene's bulk scorer for disjunctions, which sets up a bucket for each of a
 *       2,048-document window per search: on a few dozen documents that set-up was the largest
 *       single cost of a search, and a quarter of all memory the bot allocated under load. On
 *       thousands of documents the bulk scorer is the faster one.</li>
 * </ul>
 * Every match is scored (no hit-count threshold): on a few thousand documents that is cheaper than
 * the impacts bookkeeping that lets Lucene skip documents, and the top is the same. Matches and
 * scores are those of {@code IndexSearcher.search}, which a test checks.
 */
final class LeafSearch {

    static final int BULK_SCORING_MIN_DOCS = 1024;

    private final IndexSearcher searcher;
    private final LeafReaderContext context;

    LeafSearch(IndexSearcher searcher, LeafReaderContext context) {
        this.searcher = searcher;
        this.context = context;
    }

    TopDocs top(Query query, int n) throws IOException {
        TopScoreDocCollector collector = new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE).newCollector();
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE, 1f);
        LeafCollector leafCollector = collector.getLeafCollector(context);
        Bits live = context.reader().getLiveDocs();
        if (context.reader().maxDoc() >= BULK_SCORING_MIN_DOCS) {
            BulkScorer bulk = weight.bulkScorer(context);
            if (bulk != null) {
                bulk.score(leafCollector, live);
            }
        } else {
            Scorer scorer = weight.scorer(context);
            if (scorer != null) {
                leafCollector.setScorer(scorer);
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        leafCollector.collect(doc);
                    }
                }
            }
        }
        leafCollector.finish();
        return collector.topDocs();
    }
}
