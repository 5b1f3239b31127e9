package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.Optional;
import org.faqbot.nlu.Normalized;
import org.faqbot.rules.RuleBook;
import org.faqbot.store.PendingQuestion;
import org.faqbot.store.ProfileFact;

/**
 * A correction of the date a rule's answer used ("sorry, it was 3 March", "nee, de 3e") when that date is also the one
 * the user asked to remember: the remembered date follows the correction, its reminders move with it, and the reply
 * says so. Otherwise the conversation would go on from the corrected date while every later conversation, /mydata and
 * the reminders kept the wrong one.
 */
final class RememberedCorrection {

    private final RuleBook book;
    private final Profiles profiles;
    private final Reminders reminders;
    private final Texts texts;

    RememberedCorrection(RuleBook book, Profiles profiles, Reminders reminders, Texts texts) {
        this.book = book;
        this.profiles = profiles;
        this.reminders = reminders;
        this.texts = texts;
    }

    /**
     * {@code reply}, after the remembered date moved to the corrected one when the message corrected the date the
     * conversation held in {@code before} and that date was the remembered one; else {@code reply} as it is.
     */
    Reply follow(Turn turn, Optional<PendingQuestion> before, Reply reply) {
        Optional<String> fact = before.filter(PendingQuestion::aboutRule).map(PendingQuestion::awaitedFact);
        Optional<LocalDate> old = before.map(p -> p.facts().get(p.awaitedFact()));
        Optional<LocalDate> corrected = turn.pending().filter(PendingQuestion::aboutRule)
                .filter(p -> fact.isPresent() && p.awaitedFact().equals(fact.get())).map(p -> p.facts().get(p.awaitedFact()));
        if (fact.isEmpty() || old.isEmpty() || corrected.isEmpty() || corrected.get().equals(old.get()) || reply.type() != ReplyType.RULE
                || !CorrectionWords.anyCue(" " + Normalized.words(turn.text) + " ") || SupposedNotKept.supposes(turn.text)) {
            return reply;
        }
        Optional<ProfileFact> remembered = profiles.facts(turn.message.userId()).stream()
                .filter(f -> f.fact().equals(fact.get()) && f.date().equals(old.get())).findFirst();
        if (remembered.isEmpty() || book.fact(fact.get()).isEmpty()) {
            return reply;
        }
        ProfileFact moved = new ProfileFact(turn.message.userId(), fact.get(), corrected.get(), turn.now);
        if (!profiles.save(moved)) {
            return reply;
        }
        String label = book.fact(fact.get()).get().label().get(turn.lang);
        Reply told = reply.withNote(texts.get(turn.lang, "remember.replaced", label, texts.date(old.get(), turn.lang),
                texts.date(corrected.get(), turn.lang)));
        return reminders.reschedule(turn, moved).map(told::withNote).orElse(told);
    }
}
