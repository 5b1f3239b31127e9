package org.faqbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.faqbot.dialog.Metrics;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void familyWhoseNameIsAPrefixOfAnotherKeepsItsSamplesTogether() {
        Metrics metrics = new Metrics();
        metrics.increment("faqbot_sent_total");
        metrics.increment("faqbot_sent_total_late");
        metrics.increment("faqbot_sent_total", "kind=\"reminder\"");

        String text = PrometheusText.render(metrics);

        PrometheusSample parsed = PrometheusSample.parse(text);
        assertEquals(1.0, parsed.value("faqbot_sent_total{kind=\"reminder\"}"));
        assertEquals("counter", parsed.type("faqbot_sent_total_late"));
    }

    @Test
    void histogramWithoutObservationsHasZeroBuckets() {
        String text = PrometheusText.render(new Metrics());

        PrometheusSample parsed = PrometheusSample.parse(text);
        assertEquals(0.0, parsed.value("faqbot_reply_seconds_bucket{le=\"+Inf\"}"));
        assertEquals(0.0, parsed.value("faqbot_reply_seconds_count"));
    }
}
