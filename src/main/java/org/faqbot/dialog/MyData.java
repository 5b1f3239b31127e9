package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.Reminder;
import org.faqbot.store.Stores;

/**
 * /mydata: everything kept about the user, one line each: remembered dates, reminders with the day each
 * is sent, the language choice, and what the conversation keeps for a few minutes.
 */
final class MyData {

    private final RuleBook book;
    private final Profiles profiles;
    private final Reminders reminders;
    private final Stores stores;
    private final Texts texts;

    MyData(RuleBook book, Profiles profiles, Reminders reminders, Stores stores, Texts texts) {
        this.book = book;
        this.profiles = profiles;
        this.reminders = reminders;
        this.stores = stores;
        this.texts = texts;
    }

    Reply show(Turn turn) {
        Optional<List<ProfileFact>> memory = profiles.recall(turn.message.userId());
        if (memory.isEmpty()) {
            return Reply.text(turn.lang, ReplyType.SMALLTALK, texts.get(turn.lang, "memory.unavailable"));
        }
        List<String> lines = new ArrayList<>();
        memory.get().forEach(f -> lines.add(texts.get(turn.lang, "remember.line", label(f.fact(), turn.lang), texts.date(f.date(), turn.lang))));
        SafeStores.read("reminders", () -> stores.reminders().pending(turn.message.userId()), List.<Reminder>of())
                .forEach(r -> lines.add(reminderLine(r, turn.lang)));
        turn.state().langChoice().ifPresent(l -> lines.add(texts.get(turn.lang, "mydata.lang", l.code())));
        turn.pending().flatMap(p -> pendingLine(p, turn.lang)).ifPresent(lines::add);
        String text = lines.isEmpty() ? texts.get(turn.lang, "mydata.nothing") : texts.get(turn.lang, "mydata.list", String.join("\n", lines));
        return Reply.text(turn.lang, ReplyType.SMALLTALK, text);
    }

    private String reminderLine(Reminder r, Lang lang) {
        String factId = book.rule(r.intent()).map(rule -> rule.spec().fact()).orElse(r.intent());
        return texts.get(lang, "mydata.reminder", texts.date(r.eventDate(), lang), label(factId, lang), texts.date(reminders.sendDate(r), lang));
    }

    /**
     * What the conversation keeps: a question still waiting for its date, or the date an answered question
     * keeps for follow-up questions ("how many days is that?"). Nothing right after "remember ..." or
     * /forget: the date is listed above, and /forget keeps nothing of its own.
     */
    private Optional<String> pendingLine(PendingQuestion pending, Lang lang) {
        if (pending.awaitsAnswer() && !pending.intent().equals(PendingQuestion.FORGET)) {
            return Optional.of(texts.get(lang, "mydata.pending", label(pending.awaitedFact(), lang)));
        }
        if (!pending.aboutRule()) {
            return Optional.empty();
        }
        return Optional.ofNullable(pending.facts().get(pending.awaitedFact()))
                .map(date -> texts.get(lang, "mydata.recent_date", label(pending.awaitedFact(), lang), texts.date(date, lang)));
    }

    private String label(String factId, Lang lang) {
        return book.fact(factId).map(f -> f.label().get(lang)).orElse(factId);
    }
}
