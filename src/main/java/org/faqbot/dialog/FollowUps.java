package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;

/**
 * Short follow-ups that only make sense after the bot's last reply: "how do I find it?" while the bot waits
 * for a date, and "and my benefits?" after a rule's answer. Read on folded text (lower case, no accents).
 */
final class FollowUps {

    /**
     * "How do I find it", "where can I see that date", "hoe vind ik die", "waar zie ik dat": a question about
     * where to find something the message does not name, so the date the bot asked for. "How do I find my
     * product key?" names its own thing and is a question of its own.
     */
    private static final Pattern WHERE_TO_FIND = Pattern.compile(
            "\\b(?:(?:how|where) (?:do|can|could|should|would) i (?:find|see|look up|check|get|know)(?: out)?"
            + "|where (?:is|are|can i find|do i look for)"
            + "|(?:hoe|waar) (?:vind|zie|check|controleer|weet|kom) ik"
            + "|(?:hoe|waar) kan ik"
            + "|waar staat|waar staan|waar kijk ik)"
            + " (?:it|that|this|that date|this date|the date|they|them|die|dat|het|deze|die datum|de datum|deze datum)"
            + "(?: (?:vinden|zien|opzoeken|terugvinden|achterhalen|then|dan|precies|out|achter))?\\s*\\??$");

    /** "And my benefits?", "what about my key?", "en mijn voordelen?", "hoe zit het met mijn sleutel?". */
    private static final Pattern AND_MY = Pattern.compile(
            "^(?:and|what about|how about|and what about|and for|en|en voor|en met|en wat met|hoe zit het met|en hoe zit het met)"
            + " ((?:my|our|the|mijn|onze|ons|de|het) [\\p{L} -]{2,40}?)\\s*\\??$");

    /**
     * "And my other key?", "the second key?", "en mijn andere sleutel?": another of the same kind of thing, so the same
     * question about it. Group 1 is the determiner, group 2 the thing.
     */
    private static final Pattern AND_MY_OTHER = Pattern.compile(
            "^(?:(?:and|what about|how about|and what about|and for|en|en voor|en met|en wat met|hoe zit het met|en hoe zit het met) )?"
            + "(my|our|the|mijn|onze|ons|de|het) (?:other|second|2nd|next|andere|ander|tweede|2e|volgende) ([\\p{L} -]{2,40}?)\\s*\\??$");

    /**
     * "And on 1 April?", "en op 1 januari?", "and by 2 May?": only another day, so the question just answered asked
     * again for that day. Group 1 is the day's words; whether they are one date is for the date reader to say.
     */
    private static final Pattern AND_ON_DAY = Pattern.compile(
            "^(?:and|en)(?: (?:on|by|op|tot))? ([\\p{L}\\d -]{1,40}?)\\s*\\??$");

    private FollowUps() {
    }

    /** The thing an "and my other X?" follow-up names, without "other" ("my key"), folded. */
    static Optional<String> andMyOther(String text) {
        Matcher matcher = AND_MY_OTHER.matcher(folded(text));
        return matcher.matches() && matcher.group(2).split(" ").length <= 4
                ? Optional.of(matcher.group(1) + " " + matcher.group(2)) : Optional.empty();
    }

    /** The day's words of an "and on 1 April?" follow-up ("1 april"), folded. */
    static Optional<String> andOnDay(String text) {
        Matcher matcher = AND_ON_DAY.matcher(folded(text));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Whether {@code text} asks where to find the thing the bot just asked about. */
    static boolean asksWhereToFind(String text) {
        return WHERE_TO_FIND.matcher(folded(text)).find();
    }

    /** The thing an "and my X?" follow-up is about ("my benefits"), as the user wrote it but folded. */
    static Optional<String> andMy(String text) {
        Matcher matcher = AND_MY.matcher(folded(text));
        return matcher.matches() && matcher.group(1).split(" ").length <= 5 ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * The questions an "and my X?" after a rule's answer may stand for, about {@code subject}, in the words the rules
     * are asked with: those of the answered rule's kind first ({@code until}: until when can X be used or redeemed;
     * otherwise from when can X be reassigned or renewed), then those of the other kind, as the new subject may
     * have only a rule of the other kind ("and my membership?" after "until when can I use my key?").
     */
    static List<String> sameQuestionAbout(String subject, Lang lang, boolean until) {
        List<String> untilWhen = untilWhenAbout(subject, lang);
        List<String> fromWhen = fromWhenAbout(subject, lang);
        return until ? concat(untilWhen, fromWhen) : concat(fromWhen, untilWhen);
    }

    /** Asked of a rule that gives a date until which something can be done: a key is used, benefits are redeemed. */
    static List<String> untilWhenAbout(String subject, Lang lang) {
        return lang == Lang.NL
                ? List.of("tot wanneer kan ik " + subject + " gebruiken?", "tot wanneer kan ik " + subject + " inwisselen?")
                : List.of("until when can I use " + subject + "?", "until when can I redeem " + subject + "?");
    }

    /** Asked of a rule that gives a date from which something may be done: a subscription reassigned, a membership renewed. */
    static List<String> fromWhenAbout(String subject, Lang lang) {
        return lang == Lang.NL
                ? List.of("vanaf wanneer kan ik " + subject + " opnieuw toewijzen?", "vanaf wanneer kan ik " + subject + " verlengen?")
                : List.of("from when can I reassign " + subject + "?", "from when can I renew " + subject + "?");
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static String folded(String text) {
        return Normalized.of(text).replaceAll("[,.!;:]", " ").replaceAll("\\s+", " ").strip();
    }
}
