package org.faqbot.dialog;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;
import org.faqbot.nlu.NumberWords;

/**
 * Short follow-ups that only make sense after the bot's last reply: "and my benefits?" after a rule's answer, "and my
 * colleague's key?", "and a month later?" ({@link AskedDateWords} reads what is said about the date the bot asks for). Read on folded text (lower case, no accents).
 */
final class FollowUps {

    /** "And my benefits?", "what about my key?", "en mijn voordelen?", "hoe zit het met mijn sleutel?". */
    private static final Pattern AND_MY = Pattern.compile(
            "^(?:and|what about|how about|and what about|and for|en|en voor|en met|en wat met|hoe zit het met|en hoe zit het met)"
            + " ((?:my|our|the|mijn|onze|ons|de|het) [\\p{L} -]{2,40}?)\\s*\\??$");

    /**
     * "Same for Azure?", "idem voor de licenties?", "hetzelfde voor mijn sleutel?", "ook voor het abonnement?": the last
     * question asked again about another thing, which a user names with or without a determiner. Group 1 is the thing.
     */
    private static final Pattern SAME_FOR = Pattern.compile(
            "^(?:(?:and|but|en|maar) )?(?:(?:the )?same(?: question| thing| goes)?|also|too|idem(?: dito)?|ditto|hetzelfde|dezelfde vraag|ook)"
            + " (?:for|with|about|of|voor|met|bij|over|van) ([\\p{L} -]{2,40}?)(?: (?:too|also|then|ook|dan))?\\s*\\??$");

    /** "And for Azure?", "en voor licenties?": the "and my X?" opening with a thing that has no determiner. Group 1 is the thing. */
    private static final Pattern FOR_BARE = Pattern.compile(
            "^(?:and for|what about for|en voor|en wat met) ([\\p{L} -]{2,40}?)\\s*\\??$");

    /** Words after "same for" that name no thing: a person, a time, a question word ("and for me?", "en voor nu?"). */
    private static final Pattern NO_THING = Pattern.compile(
            "^(?:me|us|you|him|her|them|it|that|this|now|then|later|today|tomorrow|next|what|how|when|why|mij|ons|jou|je|u|hem|haar|hen"
            + "|hun|het|dat|dit|nu|dan|later|vandaag|morgen|volgende|wat|hoe|wanneer|waarom|my|our|mijn|onze|m'n)\\b");

    /** A person of the user's organisation, with or without a determiner ("my colleague", "collega"). */
    private static final Pattern PERSON = Pattern.compile("^(?:(?:my|our|the|mijn|onze|ons|de|het|m'n) )?(?:" + Colleagues.WORDS + ")(?:s|'s)?$");

    /** A determiner that opens a thing's words already ("the licences", "mijn sleutel"). */
    private static final Pattern DETERMINED = Pattern.compile("^(?:my|our|the|mijn|onze|ons|de|het) ");

    /** Dutch words of these openings: the determiner added to a bare thing is Dutch after them. */
    private static final Pattern DUTCH_OPENING = Pattern.compile("\\b(?:en|maar|idem|hetzelfde|dezelfde|ook|voor|met|bij|over|van)\\b");

    /** What may open a follow-up about another thing: "and", "what about", "en voor", "hoe zit het met". */
    private static final String LEAD = "(?:(?:and|what about|how about|and what about|and for|en|en voor|en met|en wat met|hoe zit het met"
            + "|en hoe zit het met) )?";

    /**
     * "And my other key?", "the second key?", "en mijn derde key?": another of the same kind of thing, so the same
     * question about it. Group 1 is the determiner, group 2 the thing.
     */
    private static final Pattern AND_MY_OTHER = Pattern.compile(
            "^" + LEAD + "(my|our|the|mijn|onze|ons|de|het) (?:other|second|2nd|third|3rd|fourth|4th|next|andere|ander|tweede|2e|derde|3e"
            + "|vierde|4e|volgende) ([\\p{L} -]{2,40}?)\\s*\\??$");

    /** "And another key?", "one more key?", "en nog een key?", "en nog een andere sleutel?": group 1 is the thing. */
    private static final Pattern ANOTHER = Pattern.compile(
            "^" + LEAD + "(?:another|one more|a third|a second|nog een(?: andere| derde| tweede)?|een derde|een tweede) ([\\p{L} -]{2,40}?)\\s*\\??$");

    /**
     * Someone else's thing: "and my colleague's key?", "my manager's?", "the key of my colleague?", "en die van mijn
     * collega?", "en de sleutel van mijn baas?", "and hers?". Group 1 is the person ("colleague"), when named; group 2 the
     * thing, when named.
     */
    private static final Pattern SOMEONE_ELSES = Pattern.compile(
            "^" + LEAD + "(?:(?:my|our|mijn|onze|ons|m'n) (\\p{L}{3,20})(?:'s|s'|')(?: ([\\p{L} -]{2,30}?))?"
            + "|(?:his|her|their|zijn|haar|hun) ([\\p{L} -]{2,30}?)|his|hers|theirs"
            + "|(?:(?:the|de|het) ([\\p{L} -]{2,30}?)|that|the one|those|die|dat|deze) (?:of|from|van) (?:(?:my|our|mijn|onze|ons|m'n) (\\p{L}{3,20})"
            + "|him|her|them|hem|haar|hen|hun))\\s*\\??$");

    /**
     * A person of the user's organisation alone: "and for my colleague?", "what about my manager?", "en voor mijn
     * collega?". Their thing is meant, as with "my colleague's?": a colleague has no dates of the rules as such. Group 1
     * is the person.
     */
    private static final Pattern PERSON_ALONE = Pattern.compile(
            "^" + LEAD + "(?:my|our|mijn|onze|ons|m'n) (" + Colleagues.WORDS + ")(?:s|'s|s')?(?: (?:too|also|ook|then|dan))?\\s*\\??$");

    /**
     * "And if I had redeemed it a month later?", "en als ik hem een week eerder had ingewisseld?": the date just answered
     * moved by a span, supposed. Group 1 is the whole span, 2 its count, 3 its unit, 4 which way.
     */
    private static final Pattern SHIFTED = Pattern.compile(
            "^(?:(?:and|but|so|en|maar|dus) )?(?:what if|if|suppose|supposing|say|als|wat als|stel dat|stel|indien)\\b.*?"
            + "\\b((\\d{1,3}|\\p{L}+) (days?|weeks?|fortnights?|months?|years?|dag|dagen|week|weken|maand|maanden|jaar|jaren)"
            + " (later|earlier|sooner|eerder|vroeger))\\b.*$");

    /**
     * "And my key from 100 days ago?", "en mijn VS-abonnement van 1 maart?": a thing with the date it is from, in a few
     * words. Group 1 is the thing with its determiner, group 2 the date's words (whether they are a date is for the date
     * reader to say).
     */
    private static final Pattern AND_MY_FROM = Pattern.compile(
            "^" + LEAD + "((?:my|our|the|mijn|onze|ons|de|het|m'n) [\\p{L} -]{2,30}?) (?:from|of|dated|van|uit) ([\\p{L}\\d'-]+(?: [\\p{L}\\d'-]+){0,3})\\s*\\??$");

    /**
     * "Mag het nu al?", "kan het al?": Dutch "het" right after the opening modal is the subject, so it points back; the
     * shape's reading takes a "het" before other words for an article.
     */
    private static final Pattern HET_AFTER_MODAL = Pattern.compile(
            "^(?:en |maar |dus |en dan )?(?:mag|mogen|kan|kun|kunnen|gaat|lukt|werkt) het\\b");

    /** Another of the same thing or someone else's, as {@link #andMyOther} reads it. */
    record Another(Optional<String> thing, Optional<String> person) {

        /** Whether the message says whose: "my colleague's", "die van haar". */
        boolean someoneElses() {
            return person.isPresent();
        }
    }

    /** A follow-up's span of time after or before the date answered ({@code by} negative for earlier), in {@code folded}. */
    record Shift(String folded, int start, int end, Period by) {
    }

    /**
     * "And on 1 April?", "en op 1 januari?", "and by 2 May?", "and at Christmas?", "what about 1 January?", "en met
     * kerst?": only another day, so the question just answered asked again for that day. Group 1 is the day's words;
     * whether they are one date is for the date reader to say.
     */
    private static final Pattern AND_ON_DAY = Pattern.compile(
            "^(?:and what about|and how about|what about|how about|en wat met|en hoe zit het met|hoe zit het met"
            + "|wat dacht je van|and|en)(?: (?:on|by|at|around|op|tot|met|rond))? ([\\p{L}\\d' -]{1,40}?)\\s*\\??$");

    /**
     * "And redeem keys?", "en keys inwisselen?", "and assign VS subscriptions?": another act, with its thing, asked as the
     * question just answered was. Group 1 is the act's words.
     */
    private static final Pattern AND_DO = Pattern.compile(
            "^(?:and|or|plus|en|of)(?: (?:also|then|ook|dan))? ((?:[\\p{L}\\d-]+ ){1,4}[\\p{L}\\d-]+)\\s*\\??$");

    /** A key named in an act's words ("activate product keys", "codes activeren"). */
    private static final Pattern KEY = Pattern.compile("\\b(?:keys?|codes?|productcodes?|sleutels?)\\b");
    /** Activating a key, in the words the rules know: redeeming it ("activated my key on 3 March" is its redemption too). */
    private static final Pattern ACTIVATE = Pattern.compile("\\bactivate\\b|\\bactiveren\\b");

    /**
     * Giving licences or seats to users ("assigning licences", "licenties toewijzen"), not moving them on ("reassign",
     * "opnieuw toewijzen"): the benefits the FAQ says need a user assignment.
     */
    private static final Pattern ASSIGNS = Pattern.compile("\\b(?:assign|assigning|toewijzen|toekennen)\\b");
    private static final Pattern MOVES_ON = Pattern.compile("\\b(?:again|other|another|opnieuw|weer|ander|andere)\\b");

    private FollowUps() {
    }

    /**
     * The words the rules know for an "and assigning licences?" / "en licenties toewijzen?" follow-up: benefits that need
     * a user assignment. The act alone chooses no rule (its cues are the noun, "user assignment", "gebruikerstoewijzing"),
     * so after a benefit expiry's answer it would get the FAQ entry rather than the grace after that expiry.
     */
    static Optional<String> assignsToUsers(String text, Lang lang) {
        Matcher matcher = AND_DO.matcher(folded(text));
        if (!matcher.matches() || !ASSIGNS.matcher(matcher.group(1)).find() || MOVES_ON.matcher(matcher.group(1)).find()) {
            return Optional.empty();
        }
        return Optional.of(lang == Lang.NL ? "en voordelen die een gebruikerstoewijzing nodig hebben?" : "and benefits needing a user assignment?");
    }

    /**
     * The questions an "and redeem keys?" after a rule's answer may stand for, in the words the rules are asked with: as a
     * yes/no about now when the answer was one ({@code yesNo}: "can I still redeem keys?"), else until when, then the other.
     */
    static List<String> otherActAsked(String text, Lang lang, boolean yesNo) {
        Matcher matcher = AND_DO.matcher(folded(text));
        if (!matcher.matches()) {
            return List.of();
        }
        // "And activate product keys?" after the Visual Studio grace answer asks the redeem deadline, the last day to
        // "activate your benefits and redeem your product keys"; read as activate, a key's words pick its one year of use.
        String act = activatesKey(matcher.group(1))
                ? ACTIVATE.matcher(matcher.group(1)).replaceAll(lang == Lang.NL ? "inwisselen" : "redeem") : matcher.group(1);
        List<String> still = List.of(lang == Lang.NL ? "kan ik nog " + act + "?" : "can I still " + act + "?");
        List<String> until = List.of(lang == Lang.NL ? "tot wanneer kan ik " + act + "?" : "until when can I " + act + "?");
        return yesNo ? concat(still, until) : concat(until, still);
    }

    /** Whether folded {@code words} activate a key ("activate product keys", "de sleutels activeren"). */
    private static boolean activatesKey(String words) {
        return KEY.matcher(words).find() && ACTIVATE.matcher(words).find();
    }

    /** The thing an "and my other X?" follow-up names, without "other" ("my key"), folded. */
    static Optional<String> andMyOther(String text) {
        return another(text).flatMap(Another::thing);
    }

    /**
     * Another thing of the kind just answered, the thing ("my key") when named: "and my other key?", "en nog een key?",
     * "en mijn derde key?", and someone else's, with the person when named ("my colleague's key?", "en die van mijn
     * collega?", "and hers?"). Folded.
     */
    static Optional<Another> another(String text) {
        String folded = folded(text).replace('\u2019', '\'');
        Matcher other = AND_MY_OTHER.matcher(folded);
        if (other.matches()) {
            return short4(other.group(1) + " " + other.group(2)).map(thing -> new Another(Optional.of(thing), Optional.empty()));
        }
        Matcher more = ANOTHER.matcher(folded);
        if (more.matches()) {
            String own = folded.matches(".*\\b(?:nog|een)\\b.*") ? "mijn " : "my ";
            return short4(own + more.group(1)).map(thing -> new Another(Optional.of(thing), Optional.empty()));
        }
        Matcher alone = PERSON_ALONE.matcher(folded);
        if (alone.matches()) {
            return Optional.of(new Another(Optional.empty(), Optional.of(alone.group(1))));
        }
        Matcher elses = SOMEONE_ELSES.matcher(folded);
        if (!elses.matches()) {
            return Optional.empty();
        }
        Optional<String> thing = Optional.ofNullable(elses.group(2)).or(() -> Optional.ofNullable(elses.group(3)))
                .or(() -> Optional.ofNullable(elses.group(4)));
        Optional<String> person = Optional.ofNullable(elses.group(1)).or(() -> Optional.ofNullable(elses.group(5)));
        if (thing.isPresent() && short4(thing.get()).isEmpty()) {
            return Optional.empty();
        }
        String own = Lang.NL == guessLang(folded) ? "mijn " : "my ";
        return Optional.of(new Another(thing.map(t -> own + t), Optional.of(person.orElse(""))));
    }

    /**
     * The span an "and if I had redeemed it a month later?" moves the date just answered by; empty when the message
     * is no supposition with such a span.
     */
    static Optional<Shift> shifted(String text, Lang lang) {
        String folded = folded(text);
        Matcher matcher = SHIFTED.matcher(folded);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String count = matcher.group(2);
        OptionalInt amount = count.matches("\\d+") ? OptionalInt.of(Integer.parseInt(count))
                : NumberWords.of(lang).valueOf(count).isPresent() ? NumberWords.of(lang).valueOf(count) : NumberWords.of(lang.other()).valueOf(count);
        if (amount.isEmpty() || amount.getAsInt() == 0) {
            return Optional.empty();
        }
        int n = matcher.group(4).equals("later") ? amount.getAsInt() : -amount.getAsInt();
        String unit = matcher.group(3);
        Period by = unit.startsWith("d") ? Period.ofDays(n) : unit.startsWith("fortnight") ? Period.ofDays(14 * n)
                : unit.startsWith("w") ? Period.ofWeeks(n) : unit.startsWith("m") ? Period.ofMonths(n) : Period.ofYears(n);
        return Optional.of(new Shift(folded, matcher.start(1), matcher.end(1), by));
    }

    private static Optional<String> short4(String thing) {
        return thing.split(" ").length <= 4 ? Optional.of(thing) : Optional.empty();
    }

    /** Dutch when a Dutch word of these follow-ups is in them ("die van", "nog een", "mijn"); the turn's language decides the rest. */
    private static Lang guessLang(String folded) {
        return folded.matches(".*\\b(?:en|die|dat|deze|van|mijn|onze|ons|m'n|zijn|haar|hun|de|het)\\b.*") ? Lang.NL : Lang.EN;
    }

    /** The day's words of an "and on 1 April?" follow-up ("1 april"), folded. */
    static Optional<String> andOnDay(String text) {
        Matcher matcher = AND_ON_DAY.matcher(folded(text));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Whether {@code text} opens with a Dutch modal and "het" as its subject ("mag het nu al?"), pointing back. */
    static boolean itAfterModal(String text) {
        return HET_AFTER_MODAL.matcher(folded(text)).find();
    }

    /** The thing of an "and my key from 100 days ago?" follow-up with its date's words ("my key from 100 days ago"), folded. */
    static Optional<String> andMyFrom(String text) {
        Matcher matcher = AND_MY_FROM.matcher(folded(text));
        return matcher.matches() && matcher.group(1).split(" ").length <= 4
                ? Optional.of(matcher.group(0).substring(matcher.start(1)).replaceAll("\\s*\\?$", "")) : Optional.empty();
    }

    /** The thing an "and my X?" follow-up is about ("my benefits"), as the user wrote it but folded. */
    static Optional<String> andMy(String text) {
        Matcher matcher = AND_MY.matcher(folded(text));
        // "En de sleutels activeren?" names an act with its thing, asked as {@link #otherActAsked}: no "and my X?".
        if (matcher.matches()) {
            return matcher.group(1).split(" ").length <= 5 && !activatesKey(matcher.group(1))
                    ? Optional.of(matcher.group(1)) : Optional.empty();
        }
        return sameFor(folded(text));
    }

    /**
     * The thing of "same for Azure?", "idem voor de licenties?", "en voor Azure?", with "my" or "mijn" before a bare one
     * ("my azure"): the user asks the last question about it as with "and my X?", which reads only a thing after a
     * determiner. Words that name a person or a time ("and for me?", "en voor nu?") are no thing.
     */
    private static Optional<String> sameFor(String folded) {
        Matcher same = SAME_FOR.matcher(folded);
        Matcher bare = FOR_BARE.matcher(folded);
        String thing = same.matches() ? same.group(1) : bare.matches() ? bare.group(1) : null;
        if (thing == null || thing.split(" ").length > 4 || activatesKey(thing)) {
            return Optional.empty();
        }
        if (PERSON.matcher(thing).matches()) {
            // "Also for my colleague?" asks about someone else's thing ({@link #another}), no thing of its own.
            return Optional.empty();
        }
        if (DETERMINED.matcher(thing).find()) {
            return same.matches() ? Optional.of(thing) : Optional.empty();
        }
        if (NO_THING.matcher(thing).find()) {
            return Optional.empty();
        }
        return Optional.of((DUTCH_OPENING.matcher(folded).find() ? "mijn " : "my ") + thing);
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
