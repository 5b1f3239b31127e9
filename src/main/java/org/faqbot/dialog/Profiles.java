package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.rules.DateRule;
import org.faqbot.rules.Fact;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.Stores;

/**
 * The dates a user asked the bot to remember: storing them ("onthoud dat onze voordelen op 31
 * januari verlopen"), showing everything kept about the user (/mydata) and deleting it (/forget).
 * Nothing is stored about a user unless they ask for it.
 */
final class Profiles {

    private final RuleBook book;
    private final RuleRouter router;
    private final Stores stores;
    private final Texts texts;

    Profiles(RuleBook book, RuleRouter router, Stores stores, Texts texts) {
        this.book = book;
        this.router = router;
        this.stores = stores;
        this.texts = texts;
    }

    /** Stores the dates of a "remember ..." message and confirms, offering reminders. */
    Reply remember(Turn turn) {
        RuleRouter.Routing routing = router.route(turn.text, turn.lang, turn.today);
        List<String> saved = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        for (Map.Entry<String, DateMention> entry : routing.factDates().entrySet()) {
            Fact fact = book.fact(entry.getKey()).orElseThrow();
            if (!(entry.getValue() instanceof ResolvedDate date)) {
                continue;
            }
            if (fact.notYetHappened(date.date(), turn.today)) {
                // A key redeemed next month cannot be right: storing it would feed every later answer a wrong date.
                refused.add(texts.get(turn.lang, "rule.future_fact.check", texts.date(date.date(), turn.lang),
                        fact.label().get(turn.lang)));
            } else if (save(turn, fact, date.date())) {
                saved.add(texts.get(turn.lang, "remember.line", fact.label().get(turn.lang), texts.date(date.date(), turn.lang)));
                reminderChoice(fact, turn.lang).ifPresent(choices::add);
            }
        }
        if (saved.isEmpty() && !refused.isEmpty()) {
            return Reply.text(turn.lang, ReplyType.CLARIFY, String.join("\n", refused));
        }
        if (saved.isEmpty() && !routing.factDates().isEmpty() && !stores.reachable().getAsBoolean()) {
            return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "memory.unavailable"));
        }
        if (saved.isEmpty()) {
            String key = routing.hasDates() ? "remember.which_fact" : "remember.how";
            return Reply.text(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, key, factLabels(turn.lang)));
        }
        String confirmation = texts.get(turn.lang, "remember.saved", String.join("\n", saved));
        if (!refused.isEmpty()) {
            confirmation += "\n\n" + String.join("\n", refused);
        }
        return Reply.builder(turn.lang, ReplyType.SMALLTALK, confirmation).choices(choices).build();
    }

    /** The stored date for a rule's fact (or one it accepts), if the user asked the bot to remember one. */
    static Optional<ProfileFact> storedFor(List<ProfileFact> facts, DateRule rule) {
        return facts.stream().filter(f -> f.fact().equals(rule.spec().fact())).findFirst()
                .or(() -> facts.stream().filter(f -> rule.spec().takes(f.fact())).findFirst());
    }

    /** The user's remembered dates; empty when the store cannot be reached right now (not: "none stored"). */
    Optional<List<ProfileFact>> recall(String userId) {
        List<ProfileFact> facts = SafeStores.read("profile", () -> stores.profiles().facts(userId), null);
        return facts == null || !stores.reachable().getAsBoolean() ? Optional.empty() : Optional.of(facts);
    }

    List<ProfileFact> facts(String userId) {
        return recall(userId).orElse(List.of());
    }

    /** {@code reply} with a note that remembered dates cannot be reached now, in the reply's language. */
    Reply withUnreachableNote(Reply reply) {
        String text = reply.text() + "\n\n" + texts.get(reply.lang(), "memory.unavailable");
        return Reply.builder(reply.lang(), reply.type(), text)
                .faqId(reply.faqId().orElse(null))
                .confidence(reply.confidence())
                .suggestions(reply.suggestions())
                .intent(reply.intent().orElse(null))
                .date(reply.date().orElse(null))
                .ok(reply.ok().orElse(null))
                .sourceUrl(reply.sourceUrl().orElse(null))
                .choices(reply.choices())
                .build();
    }

    /** Everything kept about the user: remembered dates, reminders, language choice, an open question. */
    Reply myData(Turn turn) {
        Optional<List<ProfileFact>> memory = recall(turn.message.userId());
        if (memory.isEmpty()) {
            return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "memory.unavailable"));
        }
        List<String> lines = new ArrayList<>();
        for (ProfileFact fact : memory.get()) {
            String label = book.fact(fact.fact()).map(f -> f.label().get(turn.lang)).orElse(fact.fact());
            lines.add(texts.get(turn.lang, "remember.line", label, texts.date(fact.date(), turn.lang)));
        }
        SafeStores.read("reminders", () -> stores.reminders().pending(turn.message.userId()), List.<org.faqbot.store.Reminder>of())
                .forEach(r -> lines.add(texts.get(turn.lang, "mydata.reminder", texts.date(r.eventDate(), turn.lang), factLabel(r.intent(), turn.lang))));
        turn.state().langChoice().ifPresent(l -> lines.add(texts.get(turn.lang, "mydata.lang", l.code())));
        turn.pending().ifPresent(p -> lines.add(texts.get(turn.lang, "mydata.pending", factLabel(p.intent(), turn.lang))));
        String text = lines.isEmpty() ? texts.get(turn.lang, "mydata.nothing") : texts.get(turn.lang, "mydata.list", String.join("\n", lines));
        return Reply.text(turn.lang, ReplyType.SMALLTALK, text);
    }

    /** Asks for confirmation, then deletes everything kept about the user. */
    Reply forget(Turn turn, String arg) {
        if (!arg.equalsIgnoreCase("confirm")) {
            Choice confirm = new Choice(texts.get(turn.lang, "forget.confirm_button"), "/forget confirm");
            return Reply.builder(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, "forget.ask")).choices(List.of(confirm)).build();
        }
        String user = turn.message.userId();
        int facts = SafeStores.read("profile", () -> stores.profiles().deleteUser(user), -1);
        int reminders = SafeStores.read("reminders", () -> stores.reminders().deleteUser(user), -1);
        boolean conversation = SafeStores.write("conversation", () -> stores.conversations().delete(turn.message.conversationId()));
        turn.forgetState();
        if (facts < 0 || reminders < 0 || !conversation) {
            return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "forget.failed"));
        }
        return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "forget.done", facts, reminders));
    }

    private boolean save(Turn turn, Fact fact, LocalDate date) {
        return SafeStores.write("profile", () -> stores.profiles().save(new ProfileFact(turn.message.userId(), fact.id(), date, turn.now)));
    }

    private Optional<Choice> reminderChoice(Fact fact, Lang lang) {
        boolean remindable = book.rules().stream().anyMatch(r -> r.spec().fact().equals(fact.id()) && !r.spec().reminderDaysBefore().isEmpty());
        return remindable ? Optional.of(new Choice(texts.get(lang, "remember.remind_button"), "/remind " + fact.id())) : Optional.empty();
    }

    private String factLabel(String ruleId, Lang lang) {
        return book.rule(ruleId).map(r -> book.factOf(r).label().get(lang)).orElse(ruleId);
    }

    private String factLabels(Lang lang) {
        return String.join("\n", book.facts().stream().map(f -> "- " + f.label().get(lang)).toList());
    }
}
