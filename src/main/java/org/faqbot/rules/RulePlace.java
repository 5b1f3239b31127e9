package org.faqbot.rules;

/**
 * Where in a rules file a problem is: the file, and the fact or rule by its id ({@code "#?"} before the id is read).
 * Every {@link RuleFormatException} about a field names its place, e.g.
 * {@code rules.json: rule 'key_valid_until': field 'period': 'P1Q' is not a period}.
 */
record RulePlace(String origin, String kind, String id) {

    RuleFormatException error(String field, String problem) {
        return new RuleFormatException(origin + ": " + kind + " '" + id + "': field '" + field + "': " + problem);
    }
}
