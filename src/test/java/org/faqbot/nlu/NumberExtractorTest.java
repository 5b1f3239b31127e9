package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumberExtractorTest {

    private static final NumberExtractor EXTRACTOR = new NumberExtractor();

    static Stream<Arguments> counts() {
        return Stream.of(
                arguments(NL, "We hebben 10 licenties gekocht", 10, "licenties"),
                arguments(NL, "We hebben tien licenties gekocht", 10, "licenties"),
                arguments(NL, "nog één abonnement over", 1, "abonnement"),
                arguments(NL, "1.200 gebruikers", 1200, "gebruikers"),
                arguments(EN, "five licenses left", 5, "licenses"),
                arguments(EN, "Twelve seats", 12, "seats"),
                arguments(EN, "1,200 users", 1200, "users"),
                arguments(EN, "for 12 months", 12, "months"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("counts")
    void numberFollowedByANounIsACount(Lang lang, String message, int count, String noun) {
        List<CountMention> found = EXTRACTOR.extract(message, lang);

        assertEquals(1, found.size(), () -> found.toString());
        assertEquals(count, found.get(0).count());
        assertEquals(noun, found.get(0).noun());
    }

    static Stream<Arguments> nonCounts() {
        return Stream.of(
                arguments(NL, "een licentie"),
                arguments(NL, "Windows 10 licenties"),
                arguments(NL, "op 3 maart"),
                arguments(NL, "op 1-12-2020 verlengd"),
                arguments(NL, "€ 1.200 kosten"),
                arguments(NL, "50 % korting"),
                arguments(EN, "a license"),
                arguments(EN, "Office 365 licenses"),
                arguments(EN, "10 of the licenses"),
                arguments(EN, "at 10:30 today"),
                arguments(EN, "1.5 licenses"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("nonCounts")
    void articlesVersionsDatesMoneyAndDecimalsAreNoCounts(Lang lang, String message) {
        assertEquals(List.of(), EXTRACTOR.extract(message, lang));
    }
}
