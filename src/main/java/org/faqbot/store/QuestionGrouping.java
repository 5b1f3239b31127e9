package org.faqbot.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.faqbot.kb.Lang;

/**
 * Groups unanswered questions: first those that are equal once {@linkplain Wording#normalise
 * normalised}, then those whose words overlap by at least {@link #MIN_SIMILARITY} (Jaccard) with a
 * group's most frequent form. Each group is compared with its seed only, so groups cannot drift
 * through a chain of small differences.
 */
final class QuestionGrouping {

    /** "how do i renew my benefits" and "how do i renew my benefits now" (6 of 7 words) still merge. */
    static final double MIN_SIMILARITY = 0.8;
    static final int TOP_CANDIDATES = 3;

    private QuestionGrouping() {
    }

    /** Groups the unanswered events, most asked first; questions with no letters or digits are left out. */
    static List<UnansweredGroup> unanswered(List<QuestionEvent> events) {
        List<List<QuestionEvent>> clusters = new ArrayList<>();
        List<Set<String>> seeds = new ArrayList<>();
        for (List<QuestionEvent> same : sameWording(events)) {
            Set<String> tokens = Wording.tokens(Wording.normalise(same.get(0).question()));
            int match = similarCluster(clusters, seeds, same.get(0).lang(), tokens);
            if (match < 0) {
                clusters.add(new ArrayList<>(same));
                seeds.add(tokens);
            } else {
                clusters.get(match).addAll(same);
            }
        }
        return clusters.stream()
                .map(QuestionGrouping::group)
                .sorted(Comparator.comparingInt(UnansweredGroup::count).reversed().thenComparing(UnansweredGroup::wording))
                .toList();
    }

    /** Unanswered events by language and normalised text, biggest first. */
    private static List<List<QuestionEvent>> sameWording(List<QuestionEvent> events) {
        Map<String, List<QuestionEvent>> byKey = new LinkedHashMap<>();
        for (QuestionEvent e : events) {
            String normalised = Wording.normalise(e.question());
            if (e.outcome() == QuestionEvent.Outcome.UNANSWERED && !normalised.isEmpty()) {
                byKey.computeIfAbsent(e.lang().code() + " " + normalised, k -> new ArrayList<>()).add(e);
            }
        }
        return byKey.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<QuestionEvent>>>comparingInt(en -> -en.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static int similarCluster(List<List<QuestionEvent>> clusters, List<Set<String>> seeds, Lang lang, Set<String> tokens) {
        for (int i = 0; i < clusters.size(); i++) {
            if (clusters.get(i).get(0).lang() == lang && Wording.jaccard(seeds.get(i), tokens) >= MIN_SIMILARITY) {
                return i;
            }
        }
        return -1;
    }

    private static UnansweredGroup group(List<QuestionEvent> events) {
        return new UnansweredGroup(events.get(0).lang(), commonestWording(events), events.size(), topCandidates(events));
    }

    /** The wording typed most often; on a tie, the one asked first. */
    private static String commonestWording(List<QuestionEvent> events) {
        Map<String, Long> counts = events.stream()
                .sorted(Comparator.comparing(QuestionEvent::at))
                .collect(Collectors.groupingBy(e -> e.question().strip(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
                .map(Map.Entry::getKey)
                .orElseThrow();
    }

    private static List<CandidateStat> topCandidates(List<QuestionEvent> events) {
        Map<String, List<Candidate>> byEntry = events.stream()
                .flatMap(e -> e.candidates().stream())
                .collect(Collectors.groupingBy(Candidate::entryId));
        return byEntry.values().stream()
                .map(offers -> new CandidateStat(offers.get(0).entryId(), offers.size(),
                        offers.stream().mapToDouble(Candidate::confidence).average().orElse(0)))
                .sorted(Comparator.comparingInt(CandidateStat::offered).reversed()
                        .thenComparing(Comparator.comparingDouble(CandidateStat::meanConfidence).reversed())
                        .thenComparing(CandidateStat::entryId))
                .limit(TOP_CANDIDATES)
                .toList();
    }
}
