package org.faqbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocsLinksTest {

    @ParameterizedTest
    @CsvSource({
        "advanced-specializations.md, https://docs.microsoft.com/nl-nl/partner-center/announcements/advanced-specializations",
        "2021-may.md#13, https://docs.microsoft.com/nl-nl/partner-center/announcements/2021-may#13",
        "./2021-april.md#7, https://docs.microsoft.com/nl-nl/partner-center/announcements/2021-april#7",
        "../merge-accounts.md, https://docs.microsoft.com/nl-nl/partner-center/merge-accounts",
        "../../marketplace/private-offers.md, https://docs.microsoft.com/nl-nl/marketplace/private-offers",
        "/partner-center/develop/get-an-order-by-id, https://docs.microsoft.com/nl-nl/partner-center/develop/get-an-order-by-id",
        "#details, https://docs.microsoft.com/nl-nl/partner-center/announcements/2021-may#details",
        "https://partner.microsoft.com/dashboard/, https://partner.microsoft.com/dashboard/",
        "mailto:a@b.c, mailto:a@b.c",
    })
    void linkTargetsBecomeAbsoluteDutchDocsUrls(String target, String expected) {
        DocsLinks links = new DocsLinks("partner-center/announcements/2021-may", Lang.NL);

        assertEquals(expected, links.resolve(target));
    }

    @ParameterizedTest
    @CsvSource({
        "benefits-faq.md#q-how-do-i-renew-my-benefits, https://docs.microsoft.com/en-us/partner-center/benefits-faq#q-how-do-i-renew-my-benefits",
        "permissions-overview or assign.md, https://docs.microsoft.com/en-us/partner-center/permissions-overview%20or%20assign",
    })
    void englishLinksGoToTheEnglishSite(String target, String expected) {
        DocsLinks links = new DocsLinks("partner-center/sample-faq", Lang.EN);

        assertEquals(expected, links.resolve(target));
    }
}
