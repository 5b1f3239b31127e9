package org.faqbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkupTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT type=\"text/javascript\">notify('x')",
        "<img src=x onerror=alert(1)>",
        "<i></i>",
        "<?php echo $x; ?>",
        "SELECT * FROM users",
        "select * from customers where id = 3",
        "DELETE FROM licences WHERE 1=1",
        "'; DROP TABLE subscriptions; --",
        "2' OR '2'='2",
        "{\"a\":1}",
        "[{\"key\": \"value\"}]",
        "confirm(document.cookie)",
        "function renew() { return true; }",
        "{{ 6*6 }}",
        "${env:HOME}",
        "total = 5",
    })
    void markupOrCodeWithoutAQuestionIsCodeOnly(String message) {
        assertTrue(Markup.isCodeOnly(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<b>how do I renew my benefits?</b>",
        "<p>Wanneer verloopt mijn sleutel?</p>",
        "<b>hi</b>",
        "Why does renew() fail when I click it in the portal?",
        "How do I run SELECT * FROM users against our partner data?",
        "select a customer from the list, and then?",
        "[urgent] our key = expired, what now?",
        "Is 1 licentie = 1 gebruiker?",
        "Wat betekent 'Vervaldatum van voordeel' (benefit expiry date)?",
        "Thanks; how do I activate Visual Studio?",
        "https://partner.microsoft.com/dashboard?tab=benefits",
        "I <3 this bot",
        "Hoe verleng ik mijn voordelen?",
    })
    void aQuestionWithOrWithoutMarkupIsNotCodeOnly(String message) {
        assertFalse(Markup.isCodeOnly(message), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<b>how do I renew my benefits?</b>|how do I renew my benefits?",
        "<p>Mijn <i>key</i> is verlopen</p>|Mijn key is verlopen",
        "&lt;b&gt;when does my key expire?&lt;/b&gt;|when does my key expire?",
        "<script>alert(1)</script>When can I renew?|When can I renew?",
        "<!-- note -->Can I reassign it?|Can I reassign it?",
        "When can I renew my membership?|When can I renew my membership?",
        "Q&amp;A about keys|Q&A about keys",
        "3 < 5 and 7 > 4|3 < 5 and 7 > 4",
    })
    void stripDropsTagsAndKeepsTheWords(String message, String words) {
        assertEquals(words, Markup.strip(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C\u200D", "\uFEFF\u2060", " \u200B \t\u200B ", "\u00A0\u202F", "\u2800", "\u3164\u00AD"})
    void charactersThatShowNothingAreNoText(String message) {
        assertEquals("", Markup.strip(message).strip());
    }

    @Test
    void aZeroWidthSpaceInAWordJoinsIt() {
        assertEquals("renew my benefits", Markup.strip("re\u200Bnew my\u00A0benefits\uFEFF"));
        assertEquals("sleutel 👍", Markup.strip("sleu\u00ADtel 👍"));
    }
}
