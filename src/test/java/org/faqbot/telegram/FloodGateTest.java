package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.faqbot.telegram.FloodGate.Verdict;
import org.junit.jupiter.api.Test;

class FloodGateTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final FloodGate gate = new FloodGate(20, now::get);

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    private void sendTwenty(String chat) {
        for (int i = 0; i < 20; i++) {
            assertEquals(Verdict.ANSWER, gate.check(chat), "message " + (i + 1));
            advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void twentyFirstMessageInAMinuteIsWarnedOnceThenDropped() {
        sendTwenty("tg:1");

        assertEquals(Verdict.WARN, gate.check("tg:1"));
        assertEquals(Verdict.DROP, gate.check("tg:1"));
        assertEquals(Verdict.DROP, gate.check("tg:1"));
    }

    @Test
    void otherChatsAreNotSlowedDown() {
        sendTwenty("tg:1");
        gate.check("tg:1");

        assertEquals(Verdict.ANSWER, gate.check("tg:2"));
    }

    @Test
    void chatIsAnsweredAgainOnceItsOldestMessageIsAMinuteOld() {
        sendTwenty("tg:1");
        gate.check("tg:1");

        advance(Duration.ofSeconds(40));

        assertEquals(Verdict.ANSWER, gate.check("tg:1"));
    }

    @Test
    void quietChatsAreForgotten() {
        gate.check("tg:1");
        gate.check("tg:2");

        advance(Duration.ofMinutes(2));
        gate.check("tg:3");

        assertEquals(1, gate.trackedChats());
    }
}
