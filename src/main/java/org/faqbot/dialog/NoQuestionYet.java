package org.faqbot.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.SmallTalk;

/**
 * A message that only introduces its writer and asks nothing, which the search can only answer with "I don't know":
 * a pasted signature alone ("Kind regards,\nJane Doe\nSales"), or a greeting with who is writing ("Hallo, wij zijn een
 * reseller uit Delft"). Asked after the search found nothing, so that a question after such words keeps its answer;
 * the reply asks for the question instead.
 */
final class NoQuestionYet {

    /** What a message is, when it asks nothing: a signature, or an introduction. */
    enum Kind { SIGNATURE, INTRODUCTION }

    /** The longest introduction read as one: a longer statement likely says something the bot should not pass over. */
    private static final int MAX_INTRODUCTION_WORDS = 12;
    /** The most lines under a closing a signature has (name, role, company, phone). */
    private static final int MAX_SIGNATURE_LINES = 5;
    private static final int MAX_SIGNATURE_LINE_WORDS = 6;

    private static final Pattern CLOSING_NL = Pattern.compile("^(?:(?:met )?(?:vriendelijke|hartelijke|beste|warme|vriendelijk)"
            + " (?:groet|groeten|groetjes)|groet|groeten|groetjes|mvg|gr|bedankt|alvast bedankt)(?: .*)?$");
    private static final Pattern CLOSING_EN = Pattern.compile("^(?:(?:with )?(?:kind|best|warm|many|kindest|warmest) (?:regards|wishes"
            + "|thanks)|regards|best|sincerely|yours sincerely|yours truly|kr|br|cheers|thanks|thank you|thanks in advance)(?: .*)?$");
    /** Who is writing: "we are a ...", "wij zijn ...", "my name is ...", "this is Piet from ...". */
    private static final Pattern INTRODUCTION = Pattern.compile("^(?:we are|were|we re|i am|im|i m|my name is|this is|here is"
            + "|wij zijn|we zijn|ik ben|mijn naam is|hier is|u spreekt met|je spreekt met) \\p{L}.*");
    /**
     * The word after a "we are" / "this is" / "ik ben" introduction's verb: a word of how the writer feels ({@link #FEELING})
     * says no one's name. "This is annoying", "ik ben het zat" and "I am fed up" were met with "nice to meet you".
     */
    private static final Pattern WHO_AFTER_VERB = Pattern.compile("^(?:we are|were|we re|i am|im|i m|this is|here is|wij zijn"
            + "|we zijn|ik ben|hier is) (\\p{L}+)");
    /** What a writer says of how they are or of the chat, where a name or a company would be. */
    private static final Pattern FEELING = Pattern.compile("het|er|zo|so|echt|really|very|too|te|fed|tired|sick|done|annoyed|annoying"
            + "|frustrated|frustrating|angry|boos|klaar|moe|gefrustreerd|geirriteerd|confused|lost|not|niet|nog|still|getting"
            + "|going|trying|useless|ridiculous|weird|strange|raar|vreemd|bizar|wrong|fout|crazy|gek|sorry|disappointed"
            + "|teleurgesteld|unhappy|upset|mad|pissed|furious|woedend|kwaad|verbaasd|surprised|shocked|geschokt|it|this|dit|dat|that");
    /** Words by which an introduction goes on to say something more: a problem, a wish, a reason. */
    private static final Pattern MORE = Pattern.compile("\\b(?:and|but|because|so|want|need|have|had|our|my|en|maar|omdat|want|dus"
            + "|willen|wil|hebben|heb|onze|mijn|ons|key|sleutel|niet|not|dont|cant|trying|looking|wondering|probeer|proberen|zoek"
            + "|zoeken|vraag|benieuwd)\\b");

    private NoQuestionYet() {
    }

    /** What {@code text} is when it only introduces its writer, else empty. */
    static Optional<Kind> of(String text) {
        if (text.contains("?") || text.chars().anyMatch(Character::isDigit) && !isSignature(lines(text))) {
            return Optional.empty();
        }
        List<String> lines = lines(text);
        if (isSignature(lines)) {
            return Optional.of(Kind.SIGNATURE);
        }
        String words = Normalized.words(text).replace("'", " ");
        String rest = withoutGreeting(words);
        boolean introduction = INTRODUCTION.matcher(rest).matches() && rest.split(" ").length <= MAX_INTRODUCTION_WORDS
                && !MORE.matcher(rest.substring(rest.indexOf(' ') + 1)).find() && namesSomeone(rest);
        return introduction ? Optional.of(Kind.INTRODUCTION) : Optional.empty();
    }

    /** Whether the introduction {@code rest} names who is writing, not how they feel. */
    private static boolean namesSomeone(String rest) {
        Matcher who = WHO_AFTER_VERB.matcher(rest);
        return !who.find() || !FEELING.matcher(who.group(1)).matches();
    }

    /** A closing line ("Met vriendelijke groet,") with at most a few short lines under it, after at most a greeting. */
    private static boolean isSignature(List<String> lines) {
        List<String> rest = !lines.isEmpty() && isGreeting(lines.get(0)) ? lines.subList(1, lines.size()) : lines;
        if (rest.isEmpty() || rest.size() > MAX_SIGNATURE_LINES + 1 || closingLang(rest.get(0)).isEmpty()) {
            return false;
        }
        return rest.size() > 1 && rest.stream().allMatch(line -> line.split(" ").length <= MAX_SIGNATURE_LINE_WORDS);
    }

    /**
     * The language of the closing a signature of {@code text} has ("Kind regards" English, "Met vriendelijke groet"
     * Dutch): a name and a company under it are no words of either, so the closing tells the reply's language. Empty
     * when {@code text} is no signature.
     */
    static Optional<Lang> signatureLang(String text) {
        List<String> lines = lines(text);
        if (!isSignature(lines)) {
            return Optional.empty();
        }
        return lines.stream().map(NoQuestionYet::closingLang).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Lang> closingLang(String line) {
        if (CLOSING_NL.matcher(line).matches()) {
            return Optional.of(Lang.NL);
        }
        return CLOSING_EN.matcher(line).matches() ? Optional.of(Lang.EN) : Optional.empty();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(Normalized::words).filter(line -> !line.isBlank()).toList();
    }

    /** {@code words} without the greeting its first words are ("goedemiddag wij zijn ..." gives "wij zijn ..."). */
    private static String withoutGreeting(String words) {
        String[] split = words.split(" ");
        for (int n = Math.min(3, split.length - 1); n >= 1; n--) {
            if (isGreeting(String.join(" ", Arrays.copyOfRange(split, 0, n)))) {
                return String.join(" ", Arrays.copyOfRange(split, n, split.length));
            }
        }
        return words;
    }

    private static boolean isGreeting(String words) {
        return SmallTalk.classify(words).filter(kind -> kind == SmallTalk.Kind.GREETING).isPresent();
    }
}
