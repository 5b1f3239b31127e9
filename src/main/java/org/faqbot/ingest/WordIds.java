package org.faqbot.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the words of one language in order of first sight and counts them. Not thread-safe. */
final class WordIds {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private int[] counts = new int[1024];

    /** The id of {@code word}, counting one more occurrence of it. */
    int add(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = words.size();
            ids.put(word, id);
            words.add(word);
            if (id == counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
        }
        counts[id]++;
        return id;
    }

    String word(int id) {
        return words.get(id);
    }

    int count(int id) {
        return counts[id];
    }

    int size() {
        return words.size();
    }
}
