package org.faqbot.store;

import static org.faqbot.store.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropLogTest {

    private final TestClock clock = new TestClock(T0);
    private final List<String> lines = new ArrayList<>();
    private final DropLog log = new DropLog(clock, Duration.ofMinutes(1), (count, latest) -> lines.add(count + " " + latest));

    @Test
    void theFirstDropIsLoggedAtOnce() {
        log.dropped(3, "chat 1");

        assertEquals(List.of("3 chat 1"), lines);
    }

    @Test
    void dropsWithinTheMinuteAreCountedForTheNextLine() {
        log.dropped(1, "chat 1");
        log.dropped(2, "chat 2");
        clock.advance(Duration.ofSeconds(59));
        log.dropped(1, "chat 3");
        clock.advance(Duration.ofSeconds(1));
        log.dropped(1, "chat 4");

        assertEquals(List.of("1 chat 1", "4 chat 4"), lines);
    }

    @Test
    void countedDropsAreLoggedOnceTheMinuteIsOverWithoutANewDrop() {
        log.dropped(1, "chat 1");
        log.dropped(2, "chat 2");
        log.flushIfDue();
        clock.advance(Duration.ofMinutes(1));
        log.flushIfDue();
        log.flushIfDue();

        assertEquals(List.of("1 chat 1", "2 chat 2"), lines);
    }

    @Test
    void aLookThatDropsNothingLogsWhatWasCountedOnceTheMinuteIsOver() {
        log.dropped(1, "chat 1");
        log.dropped(2, "chat 2");
        clock.advance(Duration.ofMinutes(1));
        log.dropped(0, "nothing");

        assertEquals(List.of("1 chat 1", "2 chat 2"), lines);
    }

    @Test
    void aDropAfterAQuietMinuteIsLoggedAtOnce() {
        log.dropped(1, "chat 1");
        clock.advance(Duration.ofMinutes(5));
        log.dropped(1, "chat 2");

        assertEquals(List.of("1 chat 1", "1 chat 2"), lines);
    }

    @Test
    void flushLogsWhatWasCountedBeforeTheMinuteIsOver() {
        log.dropped(1, "chat 1");
        log.dropped(1, "chat 2");
        log.flush();
        log.flush();

        assertEquals(List.of("1 chat 1", "1 chat 2"), lines);
    }
}
