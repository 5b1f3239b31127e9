package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of Prometheus' text exposition format 0.0.4, for tests: {@link #parse} fails on
 * anything a Prometheus server would refuse (malformed names, labels or values, a second TYPE line for
 * a family, a family's samples not together, a missing final newline).
 */
final class PrometheusSample {

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
    private static final String VALUE = "[+-]?(?:Inf|NaN|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)";
    private static final Pattern SAMPLE = Pattern.compile(
            "(" + NAME + ")(\\{(?:" + LABEL + "(?:," + LABEL + ")*,?)?\\})? (" + VALUE + ")(?: -?\\d+)?");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");

    private final Map<String, String> types = new HashMap<>();
    private final Map<String, Double> samples = new LinkedHashMap<>();

    private PrometheusSample() {
    }

    static PrometheusSample parse(String text) {
        assertTrue(text.endsWith("\n"), "the exposition ends with a newline");
        PrometheusSample parsed = new PrometheusSample();
        Set<String> finished = new HashSet<>();
        String current = "";
        for (String line : text.split("\n")) {
            String family = parsed.read(line);
            if (!family.equals(current)) {
                assertTrue(finished.add(current) || current.isEmpty(), "family " + current + " is split");
                assertTrue(!finished.contains(family), "family " + family + " appears twice: " + line);
                current = family;
            }
        }
        return parsed;
    }

    /** Reads one line; returns the metric family it belongs to. */
    private String read(String line) {
        Matcher type = TYPE.matcher(line);
        if (type.matches()) {
            assertTrue(types.put(type.group(1), type.group(2)) == null, "second TYPE line: " + line);
            return type.group(1);
        }
        Matcher help = HELP.matcher(line);
        if (help.matches()) {
            return help.group(1);
        }
        Matcher sample = SAMPLE.matcher(line);
        assertTrue(sample.matches(), "not a valid sample line: '" + line + "'");
        String key = sample.group(1) + (sample.group(2) == null ? "" : sample.group(2));
        assertTrue(samples.put(key, Double.parseDouble(sample.group(3).replace("Inf", "Infinity"))) == null, "duplicate: " + line);
        return family(sample.group(1));
    }

    private String family(String name) {
        for (String suffix : List.of("_bucket", "_sum", "_count")) {
            String base = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : "";
            if ("histogram".equals(types.get(base))) {
                return base;
            }
        }
        return name;
    }

    String type(String family) {
        return types.get(family);
    }

    /** The value of {@code name{labels}} exactly as written; fails when there is none. */
    double value(String key) {
        Double value = samples.get(key);
        assertTrue(value != null, "no sample " + key + " in " + samples.keySet());
        return value;
    }

    /** Buckets in increasing {@code le} with non-decreasing counts, ending in +Inf equal to _count. */
    void assertCumulativeHistogram(String family) {
        List<double[]> buckets = new ArrayList<>();
        Pattern le = Pattern.compile(Pattern.quote(family) + "_bucket\\{le=\"(" + VALUE + ")\"\\}");
        samples.forEach((key, value) -> {
            Matcher m = le.matcher(key);
            if (m.matches()) {
                buckets.add(new double[] {Double.parseDouble(m.group(1).replace("Inf", "Infinity")), value});
            }
        });
        assertTrue(buckets.size() >= 2, "buckets of " + family);
        for (int i = 1; i < buckets.size(); i++) {
            assertTrue(buckets.get(i)[0] > buckets.get(i - 1)[0], "le increases");
            assertTrue(buckets.get(i)[1] >= buckets.get(i - 1)[1], "counts are cumulative");
        }
        double[] last = buckets.get(buckets.size() - 1);
        assertEquals(Double.POSITIVE_INFINITY, last[0]);
        assertEquals(value(family + "_count"), last[1]);
        assertTrue(value(family + "_count") > 0, "observations counted");
        value(family + "_sum");
    }
}
