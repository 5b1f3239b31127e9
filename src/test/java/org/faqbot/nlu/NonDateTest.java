package org.faqbot.nlu;

import static org.faqbot.kb.Lang.EN;
import static org.faqbot.kb.Lang.NL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.faqbot.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NonDateTest {

    private static final LocalDate MID_JUNE_2021 = LocalDate.of(2021, 6, 16);

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments(NL, "Ik heb 10 licenties nodig"),
                arguments(NL, "Windows 10 werkt prima"),
                arguments(NL, "Is Office 365 inbegrepen?"),
                arguments(NL, "Visual Studio 2019 staat erop"),
                arguments(NL, "een proefperiode van 30 dagen"),
                arguments(NL, "het abonnement duurt 12 maanden"),
                arguments(NL, "versie 1.2 van de tool"),
                arguments(NL, "bel me om 10:30 of om 10.30 uur"),
                arguments(NL, "mijn nummer is 06-12345678 of 020-123 45 67"),
                arguments(NL, "het kost € 1.200 per jaar"),
                arguments(NL, "50% korting op 3/4 van de licenties"),
                arguments(NL, "in mei 10 licenties gekocht"),
                arguments(NL, "we hebben in maart 3 sleutels ingewisseld"),
                arguments(NL, "op maart 3 sleutels ingewisseld"),
                arguments(NL, "in maart 1e week vrij"),
                arguments(NL, "de match 3 was spannend"),
                arguments(NL, "goedemorgen, een vraag over de 2e licentie"),
                arguments(NL, "binnen 90 dagen na activering"),
                arguments(EN, "We bought 10 licenses"),
                arguments(EN, "We run Windows 10 and Office 365"),
                arguments(EN, "Visual Studio 2019 or 2022?"),
                arguments(EN, "you get 90 days and 12 months of support"),
                arguments(EN, "version 1.2.3 and build 10.0.19041.1"),
                arguments(EN, "IP 10.1.2.20 is blocked"),
                arguments(EN, "call +31 6 12345678"),
                arguments(EN, "it costs $1,200 or €1.200,50"),
                arguments(EN, "3/4 of the licences are used"),
                arguments(EN, "you may 3 times reassign a license"),
                arguments(EN, "within 30 days of purchase"),
                arguments(EN, "the 2nd license"),
                arguments(EN, "Windows 10 May 2020 Update is installed"),
                arguments(NL, "Na de Windows 10 mei 2020 update"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("rows")
    void numbersThatAreNotDatesGiveNoMention(Lang lang, String message) {
        List<DateMention> found = Extraction.mentions(message, lang, MID_JUNE_2021, YearlessPolicy.MOST_RECENT_PAST);

        assertEquals(List.of(), found);
    }
}
