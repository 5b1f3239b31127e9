package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateCodecTest {

    private final UpdateCodec codec = new UpdateCodec();

    private Update read(String fields) {
        return codec.read(("{'update_id':7,'message':{'message_id':9,'date':1700000000,"
                + "'from':{'id':42,'is_bot':false,'first_name':'Sanne'},"
                + "'chat':{'id':42,'type':'private','first_name':'Sanne'}," + fields + "}}").replace('\'', '"'));
    }

    @Test
    void aFieldWhoseTypeALaterBotApiChangedIsLeftOutAndTheTextKept() {
        Update update = read("'text':'Hoe verleng ik?','quote':'a quote as a later Bot API sends it'");

        assertEquals("Hoe verleng ik?", update.getMessage().getText());
        assertNull(update.getMessage().getQuote());
    }

    @Test
    void aRepliedMessageTheLibraryTakesForAnInaccessibleOneIsLeftOut() {
        Update update = read("'text':'hi','reply_to_message':{'message_id':3,'date':0,'chat':{'id':42,'type':'private'}}");

        assertEquals("hi", update.getMessage().getText());
        assertNull(update.getMessage().getReplyToMessage());
    }

    @Test
    void aFieldTheLibraryDoesNotKnowIsIgnored() {
        Update update = read("'text':'hi','a_field_of_a_later_bot_api':{'x':[1,2]}");

        assertEquals("hi", update.getMessage().getText());
    }

    @Test
    void jsonWithoutAnUpdateIdIsNoUpdate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.read("{\"message\":{}}"));

        assertEquals("not a Telegram update: no numeric update_id", e.getMessage());
    }

    @Test
    void textThatIsNoJsonIsNoUpdate() {
        assertThrows(IllegalArgumentException.class, () -> codec.read("<html>502</html>"));
    }
}
