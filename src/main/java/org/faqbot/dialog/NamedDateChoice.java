package org.faqbot.dialog;

import java.util.List;
import java.util.Optional;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;

/**
 * The button a typed answer to "which of your dates?" names: under the offer to remind of (or remember) the key's
 * redeem date and the benefit expiry date, "the key one", "die van de vervaldatum" or "for the expiry date" press that
 * date's button, as "the second one" presses it by its place. Only a short answer that names one offered date's kind
 * and no other: "when does my key expire?" asks a question, and "the key's expiry" names both.
 */
final class NamedDateChoice {

    /** The payloads of buttons that offer a date by its fact's id: "/remind benefit_expiry 7d", "/remember key_redeemed_on". */
    private static final List<String> DATE_PAYLOADS = List.of("/remind ", "/remember ");

    private final RuleBook book;
    private final FactNames names;

    NamedDateChoice(RuleBook book) {
        this.book = book;
        this.names = new FactNames(book);
    }

    /** The one offered date's button {@code text} names; empty when it names none, several or no such button is offered. */
    Optional<Choice> pick(String text, List<Choice> choices) {
        if (!FactNames.shortAnswer(text)) {
            return Optional.empty();
        }
        List<Choice> named = choices.stream().filter(choice -> fact(choice).filter(fact -> names.names(text, fact)).isPresent()).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private Optional<Fact> fact(Choice choice) {
        return DATE_PAYLOADS.stream().filter(choice.payload()::startsWith).findFirst()
                .map(prefix -> choice.payload().substring(prefix.length()).strip().split("\\s+")[0])
                .flatMap(book::fact);
    }
}
