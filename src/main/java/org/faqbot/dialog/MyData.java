package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.KnowledgeBase;
import org.faqbot.kb.Lang;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.ProfileFact;
import org.faqbot.store.QueuedMessage;
import org.faqbot.store.RecentTurns;
import org.faqbot.store.Reminder;
import org.faqbot.store.Stores;

/**
 * /mydata: everything kept about the user, one line each: remembered dates, reminders with the day each
 * is sent (and those due that wait in the outbox), the language choice, and what the conversation keeps for
 * a few minutes, the language last written in included (not the buttons last shown: they are the bot's own words).
 */
final class MyData {

    private final RuleBook book;
    private final KnowledgeBase kb;
    private final Profiles profiles;
    private final Reminders reminders;
    private final Stores stores;
    private final Texts texts;

    MyData(RuleBook book, KnowledgeBase kb, Profiles profiles, Reminders reminders, Stores stores, Texts texts) {
        this.book = book;
        this.kb = kb;
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
                .forEach(r -> lines.add(reminderLine(r, memory.get(), turn.lang)));
        SafeStores.read("outbox", () -> stores.outbox().queuedReminders(turn.message.userId()), List.<QueuedMessage.Origin>of())
                .forEach(r -> lines.add(queuedLine(r, turn.lang)));
        turn.state().langChoice().ifPresent(l -> lines.add(texts.get(turn.lang, "mydata.lang", texts.get(turn.lang, "lang.name." + l.code()))));
        turn.recent().language().ifPresent(l -> lines.add(texts.get(turn.lang, "mydata.recent_lang", texts.get(turn.lang, "lang.name." + l.code()))));
        turn.pending().flatMap(p -> pendingLine(p, turn.lang)).ifPresent(lines::add);
        turn.recent().personsDates().map(RecentTurns.Persons::dates).orElse(List.of()).forEach(p -> lines.add(personLine(p, turn.lang)));
        turn.recent().announcement().ifPresent(a -> lines.add(texts.get(turn.lang, "mydata.announced", a.thing())));
        turn.recent().unanswered().ifPresent(f -> lines.add(texts.get(turn.lang, "mydata.fragments", String.join(" / ", f.texts()))));
        turn.recent().answer().map(RecentTurns.LastAnswer::faqId).flatMap(kb::find)
                .ifPresent(entry -> lines.add(texts.get(turn.lang, "mydata.last_answer", entry.question().get(turn.lang))));
        String text = lines.isEmpty() ? texts.get(turn.lang, "mydata.nothing") : texts.get(turn.lang, "mydata.list", String.join("\n", lines));
        return Reply.text(turn.lang, ReplyType.SMALLTALK, text);
    }

    /**
     * A reminder with the day it is sent. Its date is the rule's result, which is the fact's own date only for
     * some rules: a key redeemed on 1 September is used up on 1 December, and calling 1 December "the date
     * you redeemed the key" would be wrong, so such a line names the fact and its date apart.
     */
    private String reminderLine(Reminder r, List<ProfileFact> memory, Lang lang) {
        String factId = book.rule(r.intent()).map(rule -> rule.spec().fact()).orElse(r.intent());
        String eventDate = texts.date(r.eventDate(), lang);
        String sendDate = texts.date(reminders.sendDate(r), lang);
        Optional<LocalDate> factDate = memory.stream().filter(f -> f.fact().equals(factId)).map(ProfileFact::date).findFirst();
        if (factDate.isEmpty()) {
            return texts.get(lang, "mydata.reminder_date", eventDate, sendDate);
        }
        if (factDate.get().equals(r.eventDate())) {
            return texts.get(lang, "mydata.reminder", eventDate, label(factId, lang), sendDate);
        }
        return texts.get(lang, "mydata.reminder_derived", eventDate, label(factId, lang), sendDate, texts.date(factDate.get(), lang));
    }

    /**
     * A due reminder Telegram did not take, kept in the outbox until it goes out: deleted from the reminders
     * once queued, it is still data kept about the user, and /forget deletes it too.
     */
    private String queuedLine(QueuedMessage.Origin reminder, Lang lang) {
        return book.rule(reminder.intent())
                .map(rule -> texts.get(lang, "mydata.queued_reminder", label(rule.spec().fact(), lang)))
                .orElseGet(() -> texts.get(lang, "mydata.queued_reminder_any"));
    }

    /**
     * What the conversation keeps: a question still waiting for its date, or the date an answered question
     * keeps for follow-up questions ("how many days is that?"). Nothing right after "remember ..." or
     * /forget: the date is listed above, and /forget keeps nothing of its own.
     */
    private Optional<String> pendingLine(PendingQuestion pending, Lang lang) {
        if (pending.awaitsAnswer() && !pending.intent().equals(PendingQuestion.FORGET) && !pending.asksWhatToRemember()) {
            return Optional.of(texts.get(lang, "mydata.pending", label(pending.awaitedFact(), lang)));
        }
        if (!pending.aboutRule()) {
            return Optional.empty();
        }
        return Optional.ofNullable(pending.facts().get(pending.awaitedFact()))
                .map(date -> texts.get(lang, "mydata.recent_date", label(pending.awaitedFact(), lang), texts.date(date, lang)));
    }

    /**
     * Another person's date the conversation keeps for "and Sanne's?": kept with the conversation, never as the user's
     * own, and still data the user gave, so it is listed (and /forget deletes it with the conversation).
     */
    private String personLine(RecentTurns.PersonDate person, Lang lang) {
        String whose = Character.isUpperCase(person.name().charAt(0)) ? person.name() : texts.get(lang, "rule.your_person", person.name());
        String fact = book.rule(person.intent()).map(rule -> label(rule.spec().fact(), lang)).orElse(person.intent());
        return texts.get(lang, "mydata.person_date", whose, fact, texts.date(person.date(), lang));
    }

    private String label(String factId, Lang lang) {
        return book.fact(factId).map(f -> f.label().get(lang)).orElse(factId);
    }
}
