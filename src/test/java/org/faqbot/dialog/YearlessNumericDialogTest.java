package org.faqbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class YearlessNumericDialogTest {

    private static final LocalDate END_OF_JANUARY_2022 = LocalDate.of(2022, 1, 31);

    private final FaqAssistant bot = TestAssistants.standard(TestClock.at("2021-06-15"));

    private Reply say(String text, Lang lang) {
        return bot.reply(new IncomingMessage("tg:1", "tg:u1", text, Optional.of(lang), Optional.empty()));
    }

    @Test
    void dutchDayAndMonthWithoutAYearGetTheRuleAnswer() {
        Reply reply = say("Onze voordelen verlopen op 31-01", Lang.NL);

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of(END_OF_JANUARY_2022), reply.date());
    }

    @Test
    void englishMonthFirstWithoutAYearGetsTheRuleAnswer() {
        Reply reply = say("My benefits expire on 01/31", Lang.EN);

        assertEquals(Optional.of(END_OF_JANUARY_2022), reply.date());
    }

    @Test
    void englishAmbiguousDayAndMonthOfferBothReadingsInTheComingYear() {
        Reply reply = say("My benefits expire on 03/04", Lang.EN);

        assertEquals(List.of("/date 2022-04-03", "/date 2022-03-04"), reply.choices().stream().map(Choice::payload).toList());
    }

    @Test
    void dayAndMonthAnswerTheQuestionBack() {
        say("Tot wanneer kan ik mijn voordelen inwisselen?", Lang.NL);

        Reply reply = say("ze verlopen 31-01", Lang.NL);

        assertEquals(ReplyType.RULE, reply.type());
        assertEquals(Optional.of(END_OF_JANUARY_2022), reply.date());
    }
}
