package org.faqbot.dialog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.RuleBook;

/**
 * The things of products no rule is about ({@code other_products} in {@code rules.json}): "my Office 365 subscription",
 * "ons Azure-abonnement", "our Microsoft 365 E3 plan". The rules name their things by common nouns ("subscription" is
 * close to the grace rule's "subscriptions"), so such a thing would otherwise take a rule, and "can I renew it?" after
 * it would be read as the Visual Studio grace period. A message takes a rule only when it names one of the rule's
 * objects outside these things. Thread-safe.
 */
final class OtherProducts {

    /** Up to two words between the product's name and its thing: "Office 365 E3 subscription", "Microsoft 365 Business plan". */
    private static final String BETWEEN = "(?:[\\s-]+[\\p{L}\\d]+){0,2}?[\\s-]*";

    /** Where a clause ends: punctuation, or "and" / "but" joining another one. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;.!?:]|\\b(?:and|but|en|maar)\\b", Pattern.CASE_INSENSITIVE);

    private final Map<Lang, Pattern> things = new EnumMap<>(Lang.class);
    /**
     * The product names of each language's pattern: a message that holds none needs no pattern, which tried each name at
     * every word of every message routed.
     */
    private final Map<Lang, List<String>> names = new EnumMap<>(Lang.class);
    private final List<DateRule> rules;

    OtherProducts(RuleBook book) {
        this.rules = book.rules();
        for (Lang lang : Lang.values()) {
            List<String> names = List.copyOf(concat(book.otherProducts(lang), book.otherProducts(lang.other())));
            List<String> heads = List.copyOf(concat(book.productThings(lang), book.productThings(lang.other())));
            if (!names.isEmpty() && !heads.isEmpty()) {
                things.put(lang, Pattern.compile("\\b(?:" + alternatives(names) + ")" + BETWEEN + "(?:" + alternatives(heads) + ")\\p{L}*"));
                this.names.put(lang, names);
            }
        }
    }

    /**
     * Whether {@code text} names another product's thing and none of {@code rule}'s objects besides: the rule is not
     * what the message asks about ("my Azure plan expires on 1 March, can I renew it?").
     */
    boolean keepsFrom(DateRule rule, String text, Lang lang) {
        Pattern pattern = things.get(lang);
        if (pattern == null) {
            return false;
        }
        String normalized = Normalized.of(text);
        if (!namesProduct(normalized, lang)) {
            return false;
        }
        Matcher matcher = pattern.matcher(normalized);
        if (!matcher.find()) {
            return false;
        }
        String rest = matcher.replaceAll(found -> " ".repeat(found.group().length()));
        return !RuleChoice.namesObject(rest, rule, lang);
    }

    /**
     * {@code text} with each clause that names another product's thing blanked out, when the rest names a rule's object:
     * in "my Office 365 subscription expires on 1 March, can I still redeem my benefits?" the date is the product's, not
     * the benefits' expiry, so the rule reads only "can I still redeem my benefits?"; so with another party's thing ("my
     * customer's subscription expires on 1 January", see {@link OtherParties}). Blanks keep every other word's
     * place, as the dates found are located in the message by it.
     */
    String withoutTheirClauses(String text, Lang lang) {
        Pattern pattern = things.get(lang);
        String normalized = Normalized.of(text);
        if (normalized.length() != text.length()) {
            return text;
        }
        char[] blanked = text.toCharArray();
        boolean found = false;
        List<int[]> spans = new java.util.ArrayList<>(OtherParties.theirThings(normalized, lang, rules));
        Matcher matcher = pattern == null || !namesProduct(normalized, lang) ? null : pattern.matcher(normalized);
        while (matcher != null && matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        for (int[] span : spans) {
            java.util.Arrays.fill(blanked, clauseStart(normalized, span[0]), clauseEnd(normalized, span[1]), ' ');
            found = true;
        }
        String rest = new String(blanked);
        boolean namesRule = found && rules.stream().anyMatch(rule -> RuleChoice.namesObject(Normalized.of(rest), rule, lang));
        return namesRule ? rest : text;
    }

    /** Whether {@code normalized} holds a product name of {@code lang}'s pattern, which no match can be without. */
    private boolean namesProduct(String normalized, Lang lang) {
        for (String name : names.get(lang)) {
            if (normalized.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static int clauseStart(String text, int at) {
        int start = 0;
        Matcher end = CLAUSE_END.matcher(text);
        while (end.find() && end.end() <= at) {
            start = end.end();
        }
        return start;
    }

    private static int clauseEnd(String text, int at) {
        Matcher end = CLAUSE_END.matcher(text);
        return end.find(at) ? end.start() : text.length();
    }

    private static String alternatives(List<String> words) {
        return words.stream().distinct().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static List<String> concat(List<String> first, List<String> then) {
        return java.util.stream.Stream.concat(first.stream(), then.stream()).toList();
    }
}
