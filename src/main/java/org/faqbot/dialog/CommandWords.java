package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.Normalized;

/**
 * The commands asked for in plain words: "delete my data" (/forget), "wat weet je over mij?" (/mydata), "remind me" or
 * "zet er een herinnering voor" (/remind), "stop the reminders" (/reminders). Read on a message's words as a whole, as
 * requests to the bot: "how do I delete my data in Partner Center?" and "remind me how to renew" ask questions and
 * match none. Also the explicit words that delete everything after /forget asked ("delete everything", "ja, wis alles"),
 * which a bare yes is not.
 */
final class CommandWords {

    /** What a message asks for, and the language of its words (a Dutch request gets a Dutch reply). */
    enum Command { FORGET, FORGET_THAT, MYDATA, REMIND, REMINDERS }

    /** A command asked for in words, in {@code lang}. */
    record Asked(Command command, Lang lang) {
    }

    private record Phrase(Pattern pattern, Command command, Lang lang) {
    }

    private static final String PLEASE_EN = "(?: (?:please|pls|plz|now|for me))?";
    private static final String PLEASE_NL = "(?: (?:graag|aub|alsjeblieft|alstublieft|svp|nu|maar))?";
    private static final String ASK_EN = "(?:(?:please|pls|can you|could you|would you|will you|i want you to|id like you to"
            + "|i would like you to) )?";
    private static final String ASK_NL = "(?:(?:kun je|kan je|kunt u|wil je|wilt u|graag|zou je) )?";
    private static final String DATA_EN = "(?:my|our) (?:data|details|personal data|information|info|dates|stored data"
            + "|profile|saved data)";
    private static final String DATA_NL = "(?:mijn|onze|mn) (?:gegevens|data|datums|info|informatie|persoonsgegevens"
            + "|opgeslagen gegevens)";
    private static final String ME_EN = "(?:about|on|of) (?:me|us)";
    private static final String ME_NL = "(?:over|van) (?:mij|me|ons)";
    private static final String IT_EN = "(?:it|they|the key|my key|our key|the benefits|my benefits|our benefits|the date|that date)";
    private static final String IT_NL = "(?:hij|ze|het|die|de key|mijn key|onze key|de sleutel|de voordelen|onze voordelen"
            + "|mijn voordelen|de datum)";
    private static final String ENDS_EN = "(?:expires?|runs? out|ends?|is due)";
    private static final String ENDS_NL = "(?:verloopt|verlopen|afloopt|aflopen|eindigt|eindigen)";

    /** Words by which cancel-all words name the reminders, or stand for them ("stop ze allemaal"). */
    private static final Pattern NAMES_REMINDERS = Pattern.compile("\\b(?:reminders?|herinnering(?:en)?|allemaal|them|ze|die|these|deze)\\b");

    private static final List<Phrase> PHRASES = List.of(
            // "Forget that date" / "vergeet die datum": the date just talked about, not a question which.
            en(Command.FORGET_THAT, ASK_EN + "(?:just )?(?:forget|delete|remove|erase|drop) (?:that|this) (?:date|day|one)(?: again)?"
                    + PLEASE_EN),
            nl(Command.FORGET_THAT, ASK_NL + "(?:vergeet|verwijder|wis|schrap) (?:die|deze|dat|dit) (?:datum|dag|ene)(?: (?:weer|maar|dan))?"
                    + PLEASE_NL),
            en(Command.FORGET, ASK_EN + "(?:delete|erase|remove|wipe|clear|forget) (?:(?:all )?" + DATA_EN
                    + "|everything(?: you (?:know|have|keep|store|saved|stored))?(?: " + ME_EN + ")?"
                    + "|(?:my|our|the) (?:\\w+ ){0,2}dates?"
                    + "|(?:all )?(?:the )?data(?: you (?:have|keep|store|hold))? " + ME_EN + "|me)" + PLEASE_EN),
            nl(Command.FORGET, ASK_NL + "(?:verwijder|wis|vergeet) (?:(?:al )?" + DATA_NL
                    + "|(?:mijn|onze|de|het) (?:\\w+ ){0,2}(?:datum|datums|vervaldatum)(?: van (?:mijn|onze|de) \\w+)?"
                    + "|alles(?: wat je (?:over|van) (?:mij|me|ons) (?:weet|hebt|bewaart|opslaat))?(?: " + ME_NL + ")?|me|mij)" + PLEASE_NL),
            nl(Command.FORGET, "(?:kun je|kan je|kunt u|wil je|wilt u|ik wil|ik wil graag|graag) (?:(?:al )?" + DATA_NL
                    + "|alles " + ME_NL + ") (?:verwijderen|wissen|vergeten|laten verwijderen|laten wissen)" + PLEASE_NL),
            en(Command.MYDATA, "(?:what|which) (?:do you|data do you|information do you|info do you|dates do you) (?:still |actually )?(?:know|have"
                    + "|keep|store|hold|remember|have stored|have saved)(?: stored| saved)? " + ME_EN + "(?: exactly| now| by now)?"
                    + "|what have you (?:stored|saved|kept|remembered) " + ME_EN
                    + "|" + ASK_EN + "(?:show|give|tell)(?: me)? (?:my|our) (?:data|stored data|dates|saved dates|details)" + PLEASE_EN),
            nl(Command.MYDATA, "wat (?:weet|bewaar|onthoud|heb|hebt|houd|hou|ken) (?:je|jij|u) (?:allemaal |eigenlijk |precies |nog |zoal |al |nu |nou )*"
                    + ME_NL + "(?: (?:opgeslagen|bewaard|onthouden|staan))?"
                    + "|welke (?:gegevens|data|informatie|info|datums) (?:heb|hebt|bewaar|ken|weet) (?:je|jij|u) (?:allemaal )?"
                    + ME_NL + "(?: (?:opgeslagen|bewaard|onthouden))?"
                    + "|" + ASK_NL + "(?:laat|toon) (?:me |mij )?" + DATA_NL + "(?: zien)?" + PLEASE_NL),
            en(Command.REMIND, ASK_EN + "(?:remind (?:me|us)(?: (?:of|about) (?:it|this|that|" + IT_EN + "))?"
                    + "(?: (?:before|when) " + IT_EN + " " + ENDS_EN + "| in time| on time| beforehand| on (?:the|that) day(?: itself)?"
                    + "| the day before"
                    + "| (?:a|one|two|a few|an?) (?:week|weeks|month|months|day|days) (?:before|ahead)(?: " + IT_EN + " " + ENDS_EN + ")?)?"
                    + "|(?:set|add|create|schedule|send me|give me) (?:a |some )?reminders?(?: (?:for|about) (?:it|this|that))?)" + PLEASE_EN
                    + "|(?:i (?:want|would like|need)|id like) (?:a |some )?reminders?(?: (?:for|about) (?:it|this|that))?"),
            nl(Command.REMIND, ASK_NL + "(?:herinner|waarschuw) (?:me|mij|ons)(?: (?:eraan|daaraan|er aan|daar aan))?"
                    + "(?: (?:op tijd|tijdig|van tevoren|op (?:de|die) dag(?: zelf)?|de dag ervoor|voordat " + IT_NL + " " + ENDS_NL + "|(?:een|1|twee|2|drie|3) (?:week|weken|maand"
                    + "|maanden|dag|dagen) (?:voor|voordat|van tevoren|ervoor)(?: " + IT_NL + " " + ENDS_NL + ")?))?" + PLEASE_NL
                    + "|(?:kun je|kan je|kunt u|wil je|wilt u) (?:me|mij|ons) (?:eraan |daaraan |er aan |daar aan )?herinneren(?: (?:op tijd|tijdig"
                    + "|voordat " + IT_NL + " " + ENDS_NL + "))?"
                    + "|(?:zet|maak|stel|plan) (?:er |daar |daarvoor |ervoor )?(?:een |wat )?(?:herinnering(?:en)?|reminders?)(?: (?:voor|in|aan|op))?"
                    + "(?: (?:in|op|voor))?" + PLEASE_NL
                    + "|(?:ik wil|ik wil graag|graag|stuur me|stuur mij) (?:een |wat )?(?:herinnering(?:en)?|reminders?)(?: (?:daarvoor|ervoor))?"),
            en(Command.REMINDERS, ASK_EN + "(?:stop|cancel|delete|remove|turn off|disable|end|mute)(?: all)?(?: (?:the|my|those|these"
                    + "|your|our))? reminders?" + PLEASE_EN
                    + "|no more reminders" + PLEASE_EN + "|i (?:dont|do not) want (?:any )?(?:more )?reminders(?: anymore)?"
                    + "|" + ASK_EN + "(?:show|list)(?: me)? (?:my |our |the )?reminders" + PLEASE_EN
                    + "|(?:which|what) reminders (?:do i have|are there|have you set|did you set)|my reminders"),
            nl(Command.REMINDERS, ASK_NL + "(?:stop|stoppen|annuleer|annuleren|verwijder|wis|schrap|zet) (?:met )?(?:de |alle |mijn |"
                    + "die |deze |onze )?(?:herinneringen?|reminders?)(?: (?:uit|stoppen|annuleren|verwijderen|uitzetten))?" + PLEASE_NL
                    + "|" + ASK_NL + "(?:de |alle |mijn |onze )?(?:herinneringen|reminders) (?:stoppen|annuleren|verwijderen|uitzetten|uit)" + PLEASE_NL
                    + "|(?:geen (?:herinneringen|reminders) meer|ik wil geen (?:herinneringen|reminders)(?: meer| ontvangen)?)" + PLEASE_NL
                    + "|" + ASK_NL + "(?:toon|laat)(?: me| mij)? (?:mijn |onze |de )?(?:herinneringen|reminders)(?: zien)?" + PLEASE_NL
                    + "|welke (?:herinneringen|reminders) (?:heb ik|staan er|krijg ik)(?: (?:nu|allemaal|eigenlijk|nog))*|mijn (?:herinneringen|reminders)"));

    /**
     * After /forget asked: a delete verb, with a yes or what to delete or neither ("delete everything", "yes, delete
     * it", "ja, wis alles", "alles verwijderen"). A yes alone never deletes: deleting is not undone.
     */
    private static final Pattern DELETES_EVERYTHING;
    static {
        String everythingEn = "(?:everything|all|all of it|it all|(?:all )?" + DATA_EN + ")";
        String allesNl = "(?:alles|het allemaal|(?:al )?" + DATA_NL + ")";
        // "forget it" and "vergeet het" drop the question (CancelWords): forgetting needs what to forget.
        DELETES_EVERYTHING = Pattern.compile("(?:(?:yes|yeah|yep|ok|okay|sure|ja|oke|jazeker|prima)(?: please| graag)? )?(?:"
                + "(?:delete|erase|remove|wipe|clear)(?: (?:it|them|" + everythingEn + "))?" + PLEASE_EN
                + "|forget " + everythingEn + PLEASE_EN
                + "|(?:verwijder|wis|verwijderen|wissen)(?: (?:het|ze|maar|alles maar|" + allesNl + "))?" + PLEASE_NL
                + "|vergeet " + allesNl + PLEASE_NL
                + "|(?:het|" + allesNl + ") (?:verwijderen|wissen|vergeten)" + PLEASE_NL + ")");
    }

    private CommandWords() {
    }

    /** The command {@code text} asks for in plain words, if it is such a request. */
    static Optional<Asked> asked(String text) {
        // "ok remind me", "actually we renewed, forget the expiry date": the request after an acknowledgement or change of mind.
        return whole(text).or(() -> RequestLead.requests(text).stream().flatMap(request -> whole(request).stream()).findFirst());
    }

    private static Optional<Asked> whole(String text) {
        String words = Normalized.words(text).replace("'", "");
        for (Phrase phrase : PHRASES) {
            if (phrase.pattern.matcher(words).matches()) {
                return Optional.of(new Asked(phrase.command, phrase.lang));
            }
        }
        return Optional.empty();
    }

    /**
     * As {@link #asked(String)}, and also the words that cancel all reminders ("ja, stop ze allemaal", "cancel all of
     * them", {@link TypedCancel#all}) when no list is shown: /reminders' question to cancel them all, or that there are
     * none, in {@code detected}, the message's language (the words mix both). "Cancel everything" alone names no reminders.
     */
    static Optional<Asked> asked(String text, Lang detected) {
        Optional<Asked> asked = asked(text);
        boolean namesReminders = TypedCancel.all(text) && NAMES_REMINDERS.matcher(Normalized.words(text)).find();
        if (asked.isPresent() || !(namesReminders || TypedCancel.withoutList(text))) {
            return asked;
        }
        return Optional.of(new Asked(Command.REMINDERS, detected));
    }

    /** Whether {@code text}, said after /forget asked, says in words to delete (see {@link #DELETES_EVERYTHING}). */
    static boolean deletesEverything(String text) {
        return DELETES_EVERYTHING.matcher(Normalized.words(text).replace("'", "")).matches();
    }

    private static Phrase en(Command command, String regex) {
        return new Phrase(Pattern.compile(regex), command, Lang.EN);
    }

    private static Phrase nl(Command command, String regex) {
        return new Phrase(Pattern.compile(regex), command, Lang.NL);
    }
}
