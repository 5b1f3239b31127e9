package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnchorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Q. I received a notification informing me that my subscription is expiring soon - what should I do"
                + "|q-i-received-a-notification-informing-me-that-my-subscription-is-expiring-soon---what-should-i-do",
        "Q. How does adding, extending/renewing licenses work on Azure|q-how-does-adding-extendingrenewing-licenses-work-on-azure",
        "Q. Can I activate the license on my customer’s account|q-can-i-activate-the-license-on-my-customers-account",
        "?!|section",
    })
    void anchorIsDerivedFromHeadingTextTheWayDocsDoIt(String heading, String expected) {
        assertEquals(expected, Anchors.derive(heading));
    }

    @Test
    void repeatedAnchorsGetTheFirstFreeNumber() {
        List<String> unique = Anchors.unique(List.of("questions", "summary", "questions", "questions-1", "questions"));

        assertEquals(List.of("questions", "summary", "questions-2", "questions-1", "questions-3"), unique);
    }
}
