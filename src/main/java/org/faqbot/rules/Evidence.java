package org.faqbot.rules;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.faqbot.kb.Bilingual;
import org.faqbot.kb.FaqEntry;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;

/**
 * The FAQ sentence each rule rests on, found in its source entry's answer by the rule's evidence
 * phrase. Looking the sentence up (rather than copying it into the rules file) keeps the quote in step
 * with the knowledge base, and a rule whose sentence has gone fails at start-up.
 */
public final class Evidence {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|(?<![\\w*])\\*(?!\\s)|`|^>\\s*(\\[![A-Z]+\\])?\\s*", Pattern.MULTILINE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n|\\n(?=\\s*(\\d+\\.|-)\\s)");

    private final Map<String, Bilingual> sentences;

    private Evidence(Map<String, Bilingual> sentences) {
        this.sentences = Map.copyOf(sentences);
    }

    /**
     * Finds every rule's sentence.
     *
     * @throws RuleFormatException naming the rule and field when a source entry is missing or its
     *                             answer has no sentence with the evidence phrase
     */
    public static Evidence find(RuleBook book, KnowledgeBase kb) {
        Map<String, Bilingual> found = new LinkedHashMap<>();
        for (DateRule rule : book.rules()) {
            RuleSpec spec = rule.spec();
            FaqEntry entry = kb.find(spec.source()).orElseThrow(() -> new RuleFormatException(
                    "rule '" + spec.id() + "': field 'source': entry '" + spec.source() + "' is not in the knowledge base"));
            found.put(spec.id(), Bilingual.of(sentence(spec, entry, Lang.NL), sentence(spec, entry, Lang.EN)));
        }
        return new Evidence(found);
    }

    /** The sentence rule {@code ruleId} rests on, in {@code lang}. */
    public String sentence(String ruleId, Lang lang) {
        Bilingual sentence = sentences.get(ruleId);
        return sentence == null ? "" : sentence.get(lang);
    }

    private static String sentence(RuleSpec spec, FaqEntry entry, Lang lang) {
        String phrase = spec.evidence().get(lang).toLowerCase(Locale.ROOT);
        String plain = MARKUP.matcher(LINK.matcher(entry.answer().get(lang)).replaceAll("$1")).replaceAll("");
        for (String sentence : SENTENCE_END.split(plain)) {
            if (sentence.toLowerCase(Locale.ROOT).contains(phrase)) {
                return sentence.strip().replaceAll("\\s+", " ");
            }
        }
        throw new RuleFormatException("rule '" + spec.id() + "': field 'evidence." + lang.code() + "': no sentence of entry '"
                + entry.id() + "' contains '" + phrase + "'");
    }
}
