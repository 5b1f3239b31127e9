package org.faqbot.store;

import static org.faqbot.store.Fixtures.LEAP_DAY;
import static org.faqbot.store.Fixtures.NEW_YEAR;
import static org.faqbot.store.Fixtures.T0;
import static org.faqbot.store.Fixtures.minutes;
import static org.faqbot.store.Fixtures.pendingQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

/** What every {@link ConversationStore} does; run per backend by the {@code *StoresTest} classes. */
abstract class ConversationStoreContract {

    protected abstract Stores stores();

    private ConversationStore store() {
        return stores().conversations();
    }

    @Test
    void savedStateComesBackWithItsPendingQuestionIntact() {
        ConversationState state = new ConversationState("tg:1", Optional.of(Lang.NL), Optional.of(pendingQuestion()), T0);

        store().save(state);

        assertEquals(Optional.of(state), store().find("tg:1"));
    }

    @Test
    void theDayAQuestionAskedAboutComesBackWithItsWayRound() {
        PendingQuestion asked = new PendingQuestion("key_valid_until", "key_redeemed_on", Map.of(), List.of(), true, T0,
                new PendingQuestion.AskedDay(LocalDate.of(2025, 3, 1), "ENDED_BY"));
        ConversationState state = new ConversationState("tg:1", Optional.empty(), Optional.of(asked), T0);

        store().save(state);

        assertEquals(Optional.of(state), store().find("tg:1"));
    }

    @Test
    void forgetQuestionComesBackWithTheRuleQuestionItHolds() {
        PendingQuestion rule = new PendingQuestion("key_valid_until", "key_redeemed_on", Map.of("key_redeemed_on", LEAP_DAY), List.of(),
                true, T0, new PendingQuestion.AskedDay(NEW_YEAR, "ALLOWED"));
        ConversationState state = new ConversationState("tg:1", Optional.empty(),
                Optional.of(PendingQuestion.forgetAsked(minutes(1), rule)), minutes(1));

        store().save(state);

        assertEquals(Optional.of(rule), store().find("tg:1").orElseThrow().pending().orElseThrow().ruleHeld());
    }

    @Test
    void answerForEachOfSeveralThingsComesBackWithEachDate() {
        PendingQuestion each = new PendingQuestion("key_valid_until", "key_redeemed_on", Map.of("key_redeemed_on", LEAP_DAY), List.of(),
                false, T0).withEachThing(List.of(NEW_YEAR, LEAP_DAY));
        ConversationState state = new ConversationState("tg:1", Optional.empty(), Optional.of(each), T0);

        store().save(state);

        assertEquals(Optional.of(state), store().find("tg:1"));
    }

    @Test
    void momentAfterRememberComesBackAsItWasKept() {
        PendingQuestion afterRemember = PendingQuestion.afterRemember("benefit_expiry", Map.of(),
                List.of(LocalDate.of(2022, 4, 3), LocalDate.of(2022, 3, 4)), T0);
        ConversationState state = new ConversationState("tg:1", Optional.empty(), Optional.of(afterRemember), T0);

        store().save(state);

        assertEquals(Optional.of(state), store().find("tg:1"));
        assertTrue(store().find("tg:1").orElseThrow().pending().orElseThrow().awaitsAnswer());
    }

    @Test
    void recentTurnsComeBackWithTheirThingButtonsLastAnswerAndLanguage() {
        RecentTurns recent = new RecentTurns(new RecentTurns.Announced("my key", T0.plusNanos(789_000)),
                new RecentTurns.Shown(List.of(new RecentTurns.Button("Eerste", "/faq a"), new RecentTurns.Button("Tweede", "/date 2025-03-04")),
                        minutes(1)),
                new RecentTurns.LastAnswer("benefits-faq-12", true, "key_valid_until"), Lang.NL);
        ConversationState state = new ConversationState("tg:1", Optional.empty(), Optional.empty(), recent, minutes(1));

        store().save(state);

        assertEquals(Optional.of(state), store().find("tg:1"));
        assertTrue(!store().find("tg:1").orElseThrow().isBlank());
    }

    @Test
    void lastAnswerWithoutEntryOrRuleComesBackWithout() {
        RecentTurns recent = RecentTurns.NONE.withLastAnswer(Optional.of(new RecentTurns.LastAnswer(null, false, "key_valid_until")));
        ConversationState state = new ConversationState("tg:1", Optional.of(Lang.EN), Optional.empty(), recent, T0);

        store().save(state);

        assertEquals(Optional.of(state), store().find("tg:1"));
    }

    @Test
    void expiredRecentTurnsAreForgottenWithThePendingQuestion() {
        RecentTurns recent = RecentTurns.NONE.withAnnounced(Optional.of(new RecentTurns.Announced("mijn sleutel", T0)));
        store().save(new ConversationState("tg:6", Optional.empty(), Optional.empty(), recent, T0));
        store().save(new ConversationState("tg:7", Optional.of(Lang.NL), Optional.of(pendingQuestion()), recent, T0));
        store().save(new ConversationState("tg:8", Optional.empty(), Optional.empty(), recent, minutes(20)));

        int changed = store().purgeExpired(minutes(15));

        assertEquals(2, changed);
        assertTrue(store().find("tg:6").isEmpty());
        assertEquals(new ConversationState("tg:7", Optional.of(Lang.NL), Optional.empty(), T0), store().find("tg:7").orElseThrow());
        assertEquals(recent, store().find("tg:8").orElseThrow().recent());
    }

    @Test
    void theLanguageLastWrittenInIsKeptOnItsOwnAndExpiresWithTheRecentTurns() {
        RecentTurns dutch = RecentTurns.NONE.withLanguage(Optional.of(Lang.NL));
        store().save(new ConversationState("tg:9", Optional.empty(), Optional.empty(), dutch, T0));
        store().save(new ConversationState("tg:10", Optional.empty(), Optional.empty(), dutch, minutes(20)));

        int changed = store().purgeExpired(minutes(15));

        assertEquals(1, changed);
        assertTrue(store().find("tg:9").isEmpty());
        assertEquals(Optional.of(Lang.NL), store().find("tg:10").orElseThrow().recent().language());
    }

    @Test
    void aLanguageChoiceReplacesTheLanguageLastWrittenIn() {
        ConversationState wroteDutch = new ConversationState("tg:11", Optional.empty(), Optional.empty(),
                RecentTurns.NONE.withLanguage(Optional.of(Lang.NL)), T0);

        store().save(wroteDutch.withLangChoice(Optional.of(Lang.EN), minutes(1)));

        ConversationState chose = store().find("tg:11").orElseThrow();
        assertEquals(Optional.of(Lang.EN), chose.langChoice());
        assertEquals(Optional.empty(), chose.recent().language());
    }

    @Test
    void stateWithoutLanguageOrPendingQuestionComesBackEmpty() {
        ConversationState state = ConversationState.empty("tg:2", T0);

        store().save(state);

        assertEquals(Optional.of(state), store().find("tg:2"));
    }

    @Test
    void unknownConversationHasNoState() {
        assertTrue(store().find("tg:404").isEmpty());
    }

    @Test
    void saveReplacesTheEarlierState() {
        ConversationState first = new ConversationState("tg:3", Optional.of(Lang.NL), Optional.of(pendingQuestion()), T0);
        ConversationState second = first.withPending(Optional.empty(), minutes(1)).withLangChoice(Optional.of(Lang.EN), minutes(2));

        store().save(first);
        store().save(second);

        assertEquals(Optional.of(second), store().find("tg:3"));
    }

    @Test
    void deleteRemovesOnlyThatConversation() {
        store().save(ConversationState.empty("tg:4", T0).withLangChoice(Optional.of(Lang.EN), T0));
        store().save(ConversationState.empty("tg:5", T0).withLangChoice(Optional.of(Lang.NL), T0));

        store().delete("tg:4");

        assertTrue(store().find("tg:4").isEmpty());
        assertTrue(store().find("tg:5").isPresent());
    }

    @Test
    void expiredPendingQuestionIsForgottenButALanguageChoiceStays() {
        store().save(new ConversationState("tg:6", Optional.empty(), Optional.of(pendingQuestion()), T0));
        store().save(new ConversationState("tg:7", Optional.of(Lang.NL), Optional.of(pendingQuestion()), T0));
        store().save(new ConversationState("tg:8", Optional.empty(), Optional.of(pendingQuestion()), minutes(20)));

        int changed = store().purgeExpired(minutes(15));

        assertEquals(2, changed);
        assertTrue(store().find("tg:6").isEmpty());
        assertEquals(Optional.of(Lang.NL), store().find("tg:7").orElseThrow().langChoice());
        assertTrue(store().find("tg:7").orElseThrow().pending().isEmpty());
        assertTrue(store().find("tg:8").orElseThrow().pending().isPresent());
    }
}
