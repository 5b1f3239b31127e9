package org.faqbot.bench;

import java.util.HashMap;
import java.util.Map;

/** A benchmark's {@code --name=value} arguments by name; a bare {@code --name} is {@code "true"}. */
final class BenchFlags {

    private BenchFlags() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            given.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        return given;
    }
}
