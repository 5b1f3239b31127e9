package org.faqbot.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.Bits;

/**
 * The top documents for a disjunction of clauses (a document's score is the sum of the scores of the
 * clauses it matches) on the index's single segment, every match scored. It gives what
 * {@link IndexSearcher#search(Query, int)} gives for the {@code BooleanQuery} of those clauses, minus
 * costs that profiles showed on small knowledge bases, where a search takes a tenth of a millisecond:
 * <ul>
 *   <li>No rewrite: the clauses built here (term, synonym, boost and disjunction-max queries) are
 *       scored as they are, and rewriting them rebuilt every clause for nothing.</li>
 *   <li>No task executor: there is one segment, searched on the caller's thread.</li>
 *   <li>Below {@link #BULK_SCORING_MIN_DOCS} documents, no boolean query at all: each clause's matches
 *       are added into an array of per-document sums, one clause after the other. Building the boolean
 *       query (it hashes every clause), its scorer and the merge of the clauses' matches in a priority
 *       queue were a sixth of a search on the Benefits FAQ; Lucene's bulk scorer for disjunctions,
 *       which sets up a bucket for each of a 2,048-document window per search, was before that the
 *       largest single cost of a search and a quarter of all memory the bot allocated under load.
 *       On thousands of documents the bulk scorer is the faster one, and is used.</li>
 * </ul>
 * Every match is scored (no hit-count threshold): on a few thousand documents that is cheaper than
 * the impacts bookkeeping that lets Lucene skip documents, and the top is the same. Matches and
 * scores are those of {@code IndexSearcher.search}, which a test checks; like Lucene, ties go to the
 * lower document number.
 */
final class LeafSearch {

    static final int BULK_SCORING_MIN_DOCS = 1024;

    private final IndexSearcher searcher;
    private final LeafReaderContext context;

    LeafSearch(IndexSearcher searcher, LeafReaderContext context) {
        this.searcher = searcher;
        this.context = context;
    }

    /** The {@code n} best documents for the sum of {@code clauses}, best first. */
    TopDocs top(List<Query> clauses, int n) throws IOException {
        Bits live = context.reader().getLiveDocs();
        if (context.reader().maxDoc() >= BULK_SCORING_MIN_DOCS) {
            return bulk(clauses, n, live);
        }
        // Summed in doubles and rounded once, as Lucene's disjunction scorer does.
        double[] sums = new double[context.reader().maxDoc()];
        boolean[] matched = new boolean[sums.length];
        int matches = 0;
        for (Query clause : clauses) {
            Scorer scorer = searcher.createWeight(clause, ScoreMode.COMPLETE, 1f).scorer(context);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    sums[doc] += scorer.score();
                    if (!matched[doc]) {
                        matched[doc] = true;
                        matches++;
                    }
                }
            }
        }
        ScoreDoc[] all = new ScoreDoc[matches];
        for (int doc = 0, i = 0; i < matches; doc++) {
            if (matched[doc]) {
                all[i++] = new ScoreDoc(doc, (float) sums[doc]);
            }
        }
        Arrays.sort(all, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return new TopDocs(new TotalHits(matches, TotalHits.Relation.EQUAL_TO), Arrays.copyOf(all, Math.min(n, matches)));
    }

    private TopDocs bulk(List<Query> clauses, int n, Bits live) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        clauses.forEach(clause -> query.add(clause, BooleanClause.Occur.SHOULD));
        TopScoreDocCollector collector = new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE).newCollector();
        LeafCollector leafCollector = collector.getLeafCollector(context);
        BulkScorer scorer = searcher.createWeight(query.build(), ScoreMode.COMPLETE, 1f).bulkScorer(context);
        if (scorer != null) {
            scorer.score(leafCollector, live);
        }
        leafCollector.finish();
        return collector.topDocs();
    }
}
