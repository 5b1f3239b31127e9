package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.faqbot.dialog.Choice;
import org.faqbot.dialog.Coverage;
import org.faqbot.dialog.Reply;
import org.faqbot.dialog.ReplyType;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class ConsoleViewTest {

    @Test
    void placeNotOfferedShowsTheChoicesAgain() {
        Reply asked = Reply.builder(Lang.EN, ReplyType.CLARIFY, "Which one?")
                .choices(List.of(new Choice("3 April 2022", "/date 2022-04-03"), new Choice("4 March 2022", "/date 2022-03-04")))
                .build();

        String shown = ConsoleView.notOffered(asked, 5);

        assertEquals("There is no option 5: please pick one of these 2.\n\n  [1] 3 April 2022\n  [2] 4 March 2022\n"
                + "(type a number to choose)", shown);
    }

    @Test
    void suggestionsNumberedInTheTextAreNotListedTwice() {
        Reply fallback = Reply.builder(Lang.EN, ReplyType.FALLBACK, "Did you mean one of these?\n\n1. How do I renew my benefits\n2. When can I renew my membership")
                .choices(List.of(new Choice("How do I renew my benefits", "/pick 1"), new Choice("When can I renew my membership", "/pick 2")))
                .build();

        assertEquals("Did you mean one of these?\n\n1. How do I renew my benefits\n2. When can I renew my membership\n"
                + "(type a number to choose)", ConsoleView.render(fallback));
    }

    @Test
    void choicesTheTextDoesNotNumberAreListed() {
        Reply asked = Reply.builder(Lang.EN, ReplyType.CLARIFY, "Which date do you mean?")
                .choices(List.of(new Choice("3 April 2022", "/date 2022-04-03"), new Choice("4 March 2022", "/date 2022-03-04")))
                .build();

        assertEquals("Which date do you mean?\n\n  [1] 3 April 2022\n  [2] 4 March 2022\n(type a number to choose)",
                ConsoleView.render(asked));
    }

    @Test
    void theBannerOnTheBenefitsFaqSaysMpnBenefitsInBothLanguages() {
        String banner = ConsoleView.banner(Coverage.BENEFITS);

        assertEquals("faqbot: ask a question about your MPN benefits in English or Dutch. /help for help, Ctrl-D to quit.\n"
                + "faqbot: stel een vraag over je MPN-voordelen in het Nederlands of Engels. /help voor hulp, Ctrl-D om te stoppen.", banner);
    }

    @Test
    void theBannerWithTheDocumentationLoadedNamesTheDocumentationInBothLanguages() {
        String banner = ConsoleView.banner(new Coverage(true, Map.of()));

        assertEquals("faqbot: ask a question about the Microsoft Partner Center documentation in English or Dutch. /help for help,"
                + " Ctrl-D to quit.\nfaqbot: stel een vraag over de documentatie van Microsoft Partner Center in het Nederlands of Engels."
                + " /help voor hulp, Ctrl-D om te stoppen.", banner);
    }
}
