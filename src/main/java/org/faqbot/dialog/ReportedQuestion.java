package org.faqbot.dialog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question passed on for someone in the user's own organisation: "and my colleague asks if she can renew on 20
 * February", "mijn collega vraagt of ze op 20 februari kan verlengen". It is a yes/no question about that day, put to
 * the bot in the user's own words ("I wonder if she can renew on 20 February?", "ik wil weten of ze ..."), so that its day
 * is the day asked about, not a new date of the conversation's fact (the membership is the same one).
 */
final class ReportedQuestion {

    private static final String PERSONS = "colleagues?|co-?workers?|managers?|boss|team ?mates?|collega'?s?|baas|manager"
            + "|teamgenoot|leidinggevende";

    /** Group 1: "and" / "en" before it, kept; group 2: the reporting words up to "if" / "whether". */
    private static final Pattern ENGLISH = Pattern.compile("(?i)^(\\s*(?:and|but|also|so)?\\s*)((?:my|our|a|the) (?:" + PERSONS
            + ") (?:also )?(?:asks|asked|is asking|was asking|wants to know|wonders|would like to know)(?: me| us)? (?:if|whether) )");
    private static final Pattern DUTCH = Pattern.compile("(?i)^(\\s*(?:en|maar|ook|dus)?\\s*)((?:mijn|m'n|onze|ons|een|de) (?:"
            + PERSONS + ") (?:vraagt|vroeg|wil weten|vraagt zich af)(?: me| mij| ons| ook)? of )");

    private ReportedQuestion() {
    }

    /** {@code text} asked in the user's own words when it passes on another's question; else {@code text} itself. */
    static String direct(String text) {
        Matcher english = ENGLISH.matcher(text);
        if (english.find()) {
            return asked(english, "I wonder if ", text);
        }
        Matcher dutch = DUTCH.matcher(text);
        return dutch.find() ? asked(dutch, "ik wil weten of ", text) : text;
    }

    /** The embedded yes/no question needs its question mark: the day of a yes/no question is read in a clause that ends in one. */
    private static String asked(Matcher reported, String ownWords, String text) {
        String rest = text.substring(reported.end()).strip();
        String question = rest.endsWith("?") ? rest : rest.replaceAll("[.!]+$", "") + "?";
        return reported.group(1) + ownWords + question;
    }
}
