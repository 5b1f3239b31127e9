package org.faqbot.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.faqbot.kb.EntryVectors;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;

/**
 * Writes a knowledge base into an in-memory Lucene index (one document per entry, its text fields and, for a hybrid
 * index, its vector fields) and reads it back as one segment, with what each document is.
 */
final class IndexBuild {

    private IndexBuild() {
    }

    /**
     * The index read back, and by document: its entry, the entry it stands in for ({@link StandIns}; null for most)
     * and its vectors (null without).
     */
    record Built(Analysis analysis, TermWeights.Background background, DirectoryReader reader, FaqEntry[] entryByDoc,
            FaqEntry[] standInByDoc, long indexBytes, EntryVectors.Item[] vectorsByDoc) {

        /** Whether each document is an entry of one of the home pages. */
        boolean[] homeByDoc(List<String> homePages) {
            boolean[] home = new boolean[entryByDoc.length];
            for (int doc = 0; doc < entryByDoc.length; doc++) {
                home[doc] = entryByDoc[doc] != null && homePages.contains(entryByDoc[doc].page());
            }
            return home;
        }
    }

    /** The index of every entry of {@code kb}, with {@code vectors}' fields when not null. */
    static Built of(KnowledgeBase kb, SearchSettings settings, EntryVectors vectors) throws IOException {
        TermWeights.Background background = TermWeights.Background.load(settings);
        Analysis analysis = Analysis.of(kb, settings, background.terms(Lang.NL));
        // Each file read back as one buffer: every term lookup clones its file's input, and a clone of a
        // file held in many small buffers copies the buffer list: a hot spot of searches in profiles.
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzerPerField()).setRAMBufferSizeMB(256)
                .setCodec(new InMemoryCodec());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            List<FaqEntry> entries = kb.entries();
            for (int ordinal = 0; ordinal < entries.size(); ordinal++) {
                FaqEntry entry = entries.get(ordinal);
                Document document = EntryDocuments.of(entry, ordinal);
                if (vectors != null) {
                    vectors.get(entry.id()).ifPresent(item -> VectorFields.of(item).forEach(document::add));
                }
                writer.updateDocument(new Term(IndexFields.ID, entry.id()), document);
            }
            // One segment: term statistics and postings are then read from a single leaf per search.
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            FaqEntry[] entryByDoc = entryByDoc(reader, entries);
            return new Built(analysis, background, reader, entryByDoc, StandIns.byDoc(entryByDoc, entries), sizeInBytes(directory),
                    vectorsByDoc(entryByDoc, vectors));
        }
    }

    private static long sizeInBytes(ByteBuffersDirectory directory) throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            bytes += directory.fileLength(file);
        }
        return bytes;
    }

    private static EntryVectors.Item[] vectorsByDoc(FaqEntry[] entryByDoc, EntryVectors vectors) {
        EntryVectors.Item[] byDoc = new EntryVectors.Item[entryByDoc.length];
        if (vectors != null) {
            for (int doc = 0; doc < entryByDoc.length; doc++) {
                FaqEntry entry = entryByDoc[doc];
                byDoc[doc] = entry == null ? null : vectors.get(entry.id()).orElse(null);
            }
        }
        return byDoc;
    }

    private static FaqEntry[] entryByDoc(DirectoryReader reader, List<FaqEntry> entries) throws IOException {
        FaqEntry[] byDoc = new FaqEntry[reader.maxDoc()];
        if (reader.leaves().isEmpty()) {
            return byDoc;
        }
        NumericDocValues ordinals = reader.leaves().get(0).reader().getNumericDocValues(EntryDocuments.ORDINAL);
        for (int doc = ordinals.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ordinals.nextDoc()) {
            byDoc[doc] = entries.get((int) ordinals.longValue());
        }
        return byDoc;
    }
}
