package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;
import org.faqbot.rules.DateRule;

/**
 * Things of another party than the user's organisation: "my customer's subscription", "het abonnement van mijn klant",
 * "my colleague's laptop warranty". A date given for such a thing is that party's, no fact of the user's own (a
 * customer's subscription ending is no benefit expiry). A customer or supplier is always another party; a colleague's
 * thing is another only when it is no thing of a rule's ("my colleague's key" is a key like the user's own).
 */
final class OtherParties {

    /** Parties outside the user's organisation: their things are never the user's benefits or keys. */
    private static final String OUTSIDE = "end customers?|customers?|clients?|suppliers?|vendors?|eindklanten|eindklant|klanten|klant"
            + "|afnemers?|leveranciers?";

    /** Persons of the user's own circle: their things are another's only when no rule has them. */
    private static final String PERSONS = "colleagues?|co-?workers?|managers?|boss|friends?|employees?|wife|husband|collega|baas"
            + "|vriend|vriendin|medewerkers?|werknemers?";

    private static final String OWNER = "(?:my|our|a|the|his|her|their|mijn|m'n|onze|ons|de|het|een|zijn|haar|hun)";

    /** "my customer's subscription": group 1 the party, group 2 up to three words of the thing. */
    private static final Pattern POSSESSIVE = Pattern.compile("\\b" + OWNER + " (" + OUTSIDE + "|" + PERSONS + ")(?:'s|s'|'|s)"
            + " ((?:[\\p{L}\\d-]+ ){0,2}[\\p{L}\\d-]+)");

    /**
     * What follows a colleague's possessive that names no thing ("my colleague's from 5 May", "my manager's on 2 June"): the
     * thing is the one the message is about, left out, so it is no other thing of theirs.
     */
    private static final Pattern ELIDED = Pattern.compile("(?:from|of|on|since|dated|van|op|uit|sinds)\\b");

    /** "het abonnement van mijn klant": group 1 up to three words of the thing, group 2 the party. */
    private static final Pattern OF_PARTY = Pattern.compile("((?:[\\p{L}\\d-]+ ){0,2}[\\p{L}\\d-]+) (?:of|from|van) " + OWNER
            + " (" + OUTSIDE + "|" + PERSONS + ")\\b");

    /**
     * The end of {@link #OF_PARTY} without the thing before it: OF_PARTY tried every word of a message naming a party as
     * the start of a thing, so it runs only when this finds the party after "of", "from" or "van".
     */
    private static final Pattern OF_PARTY_TAIL = Pattern.compile(" (?:of|from|van) " + OWNER + " (?:" + OUTSIDE + "|" + PERSONS + ")\\b");

    private static final Pattern OUTSIDE_PARTY = Pattern.compile(OUTSIDE);

    /**
     * Any party word at all: most messages name none, and the two patterns above try every word of the message as the
     * start of a thing (a twenty-fifth of an encoder-free reply), so they run only when this finds one.
     */
    private static final Pattern ANY_PARTY = Pattern.compile("\\b(?:" + OUTSIDE + "|" + PERSONS + ")");

    /** A part of every word {@link #OUTSIDE} and {@link #PERSONS} allow. */
    private static final List<String> PARTY_STEMS = List.of("customer", "client", "supplier", "vendor", "klant", "afnemer",
            "leverancier", "colleague", "worker", "manager", "boss", "friend", "employee", "wife", "husband", "collega", "baas",
            "vriend", "medewerker", "werknemer");

    private OtherParties() {
    }

    /** Where in {@code normalized} another party's things are named, as start and end offsets. */
    static List<int[]> theirThings(String normalized, Lang lang, List<DateRule> rules) {
        List<int[]> spans = new ArrayList<>();
        if (!namesAnyParty(normalized) || !ANY_PARTY.matcher(normalized).find()) {
            return spans;
        }
        Matcher possessive = POSSESSIVE.matcher(normalized);
        while (possessive.find()) {
            if (!ELIDED.matcher(possessive.group(2)).lookingAt() && theirs(possessive.group(1), possessive.group(2), lang, rules)
                    || OUTSIDE_PARTY.matcher(possessive.group(1)).matches()) {
                spans.add(new int[] {possessive.start(), possessive.end()});
            }
        }
        Matcher of = OF_PARTY_TAIL.matcher(normalized).find() ? OF_PARTY.matcher(normalized) : null;
        while (of != null && of.find()) {
            if (theirs(of.group(2), of.group(1), lang, rules)) {
                spans.add(new int[] {of.start(), of.end()});
            }
        }
        return spans;
    }

    /**
     * Whether a party word's stem occurs anywhere in {@code normalized}: {@link #ANY_PARTY} tried its alternatives at
     * every word of every message, and substring searches settle most messages (a party word needs one of these).
     */
    private static boolean namesAnyParty(String normalized) {
        for (String stem : PARTY_STEMS) {
            if (normalized.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean theirs(String party, String thing, Lang lang, List<DateRule> rules) {
        return OUTSIDE_PARTY.matcher(party).matches() || rules.stream().noneMatch(rule -> RuleChoice.namesObject(thing, rule, lang));
    }
}
