package org.faqbot.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Lang;

/** The date rules and the facts they need, as loaded from {@code rules.json}. Immutable. */
public final class RuleBook {

    /** Where the default rules live inside the jar. */
    public static final String DEFAULT_RESOURCE = "/faq-data/rules.json";

    private final Map<String, Fact> facts = new LinkedHashMap<>();
    private final Map<String, DateRule> rules = new LinkedHashMap<>();
    private final Map<Lang, List<String>> otherEvents;
    private final Map<Lang, List<String>> otherProducts;
    private final Map<Lang, List<String>> productThings;

    RuleBook(List<Fact> facts, List<DateRule> rules, Map<Lang, List<String>> otherEvents) {
        this(facts, rules, otherEvents, Map.of(), Map.of());
    }

    RuleBook(List<Fact> facts, List<DateRule> rules, Map<Lang, List<String>> otherEvents, Map<Lang, List<String>> otherProducts,
            Map<Lang, List<String>> productThings) {
        facts.forEach(f -> this.facts.put(f.id(), f));
        rules.forEach(r -> this.rules.put(r.id(), r));
        this.otherEvents = Map.copyOf(otherEvents);
        this.otherProducts = Map.copyOf(otherProducts);
        this.productThings = Map.copyOf(productThings);
    }

    /** The rules shipped with faqbot. */
    public static RuleBook standard() {
        try (InputStream in = RuleBook.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new RuleFormatException(DEFAULT_RESOURCE + ": not on the classpath");
            }
            return RuleBookReader.read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new RuleFormatException(DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public static RuleBook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return RuleBookReader.read(in, file.toString());
        }
    }

    public List<DateRule> rules() {
        return List.copyOf(rules.values());
    }

    public List<Fact> facts() {
        return List.copyOf(facts.values());
    }

    public Optional<DateRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public Optional<Fact> fact(String id) {
        return Optional.ofNullable(facts.get(id));
    }

    /**
     * Lower-case cues of events that no rule counts from, per language ("issued", "received", "ontvangen"): a
     * date next to one of them is the date of that event, never one of the facts.
     */
    public List<String> otherEvents(Lang lang) {
        return otherEvents.getOrDefault(lang, List.of());
    }

    /**
     * Lower-case names of products the rules are not about, per language ("office 365", "azure"): a thing of
     * {@link #productThings} right after one ("my Office 365 subscription") is that product's, not the programme's.
     */
    public List<String> otherProducts(Lang lang) {
        return otherProducts.getOrDefault(lang, List.of());
    }

    /** Lower-case word beginnings of the things a product has ("subscription", "plan", "abonnement"). */
    public List<String> productThings(Lang lang) {
        return productThings.getOrDefault(lang, List.of());
    }

    /** The fact a rule needs; every rule's fact exists (checked at load). */
    public Fact factOf(DateRule rule) {
        return facts.get(rule.spec().fact());
    }
}
