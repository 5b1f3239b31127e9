package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void waitsDoubleFromHalfASecondUpToThirtySeconds() {
        RetryPolicy policy = RetryPolicy.standard();

        assertEquals(Duration.ofMillis(500), policy.delayBefore(1));
        assertEquals(Duration.ofSeconds(1), policy.delayBefore(2));
        assertEquals(Duration.ofSeconds(16), policy.delayBefore(6));
        assertEquals(Duration.ofSeconds(30), policy.delayBefore(7));
        assertEquals(Duration.ofSeconds(30), policy.delayBefore(1_000));
    }

    @Test
    void capBelowBaseIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3));

        assertEquals("need 0 < base <= cap, got base PT2S, cap PT1S", e.getMessage());
    }
}
