package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.faqbot.dialog.Choice;
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
}
