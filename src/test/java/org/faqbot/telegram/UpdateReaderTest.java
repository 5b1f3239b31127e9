package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Optional;
import java.util.OptionalInt;
import org.faqbot.dialog.IncomingMessage;
import org.faqbot.kb.Lang;
import org.junit.jupiter.api.Test;

class UpdateReaderTest {

    private static final long BOT = 777;
    private final UpdateReader reader = new UpdateReader(new BotIdentity(BOT, "FaqTestBot"));
    private final UpdateCodec codec = new UpdateCodec();

    private TelegramEvent read(String json) {
        return reader.read(codec.read(json.replace('\'', '"')));
    }

    private static String message(String chat, String fields) {
        return "{'update_id':5,'message':{'message_id':9,'date':1700000000,"
                + "'from':{'id':42,'is_bot':false,'first_name':'Sanne','language_code':'nl'},"
                + "'chat':" + chat + "," + fields + "}}";
    }

    private static final String PRIVATE = "{'id':42,'type':'private','first_name':'Sanne'}";
    private static final String GROUP = "{'id':-100,'type':'supergroup','title':'Partners'}";

    private String textOf(TelegramEvent event) {
        return assertInstanceOf(TelegramEvent.Text.class, event).text();
    }

    @Test
    void privateTextBecomesAnIncomingMessageOfTheChat() {
        TelegramEvent.Text text = assertInstanceOf(TelegramEvent.Text.class,
                read(message(PRIVATE, "'text':'Hoe verleng ik mijn voordelen?'")));

        IncomingMessage incoming = text.toIncoming();

        assertEquals("tg:42", incoming.conversationId());
        assertEquals("tg:42", incoming.userId());
        assertEquals("Hoe verleng ik mijn voordelen?", incoming.text());
        assertEquals(Optional.of(Lang.NL), incoming.langHint());
    }

    @Test
    void groupMessageWithoutMentionIsIgnored() {
        assertInstanceOf(TelegramEvent.Ignored.class, read(message(GROUP, "'text':'anyone know about benefits?'")));
    }

    @Test
    void groupMessageMentioningTheBotIsReadWithoutTheMention() {
        assertEquals("how do I renew?", textOf(read(message(GROUP, "'text':'@FaqTestBot how do I renew?'"))));
    }

    @Test
    void mentionIsFoundInAnyCase() {
        assertEquals("how do I renew?", textOf(read(message(GROUP, "'text':'how do I @faqtestbot renew?'"))));
    }

    @Test
    void groupCommandForThisBotLosesTheSuffix() {
        assertEquals("/start", textOf(read(message(GROUP, "'text':'/start@FaqTestBot'"))));
    }

    @Test
    void groupCommandWithoutSuffixIsAnswered() {
        assertEquals("/help", textOf(read(message(GROUP, "'text':'/help'"))));
    }

    @Test
    void groupCommandForAnotherBotIsIgnored() {
        assertInstanceOf(TelegramEvent.Ignored.class, read(message(GROUP, "'text':'/start@OtherBot'")));
    }

    @Test
    void groupReplyToTheBotIsAnswered() {
        String reply = "'text':'and for Azure?','reply_to_message':{'message_id':3,'date':1700000000,"
                + "'from':{'id':777,'is_bot':true,'first_name':'Bot'},'chat':" + GROUP + ",'text':'...'}";

        assertEquals("and for Azure?", textOf(read(message(GROUP, reply))));
    }

    @Test
    void groupReplyToSomeoneElseIsIgnored() {
        String reply = "'text':'agreed','reply_to_message':{'message_id':3,'date':1700000000,"
                + "'from':{'id':43,'is_bot':false,'first_name':'Kim'},'chat':" + GROUP + ",'text':'...'}";

        assertInstanceOf(TelegramEvent.Ignored.class, read(message(GROUP, reply)));
    }

    @Test
    void privatePhotoIsNonText() {
        TelegramEvent event = read(message(PRIVATE,
                "'photo':[{'file_id':'a','file_unique_id':'b','width':1,'height':1}]"));

        assertEquals(new TelegramEvent.NonText(5, 42, Optional.of(Lang.NL)), event);
    }

    @Test
    void privatePhotoWithACaptionIsReadAsItsCaption() {
        TelegramEvent event = read(message(PRIVATE,
                "'photo':[{'file_id':'a','file_unique_id':'b','width':1,'height':1}],'caption':'Is dit voordeel verlopen?'"));

        assertEquals("Is dit voordeel verlopen?", textOf(event));
    }

    @Test
    void groupCaptionMentioningTheBotIsReadWithoutTheMention() {
        TelegramEvent event = read(message(GROUP, "'document':{'file_id':'a','file_unique_id':'b'},"
                + "'caption':'@FaqTestBot until when is this key valid?'"));

        assertEquals("until when is this key valid?", textOf(event));
    }

    @Test
    void serviceMessageInAPrivateChatIsIgnored() {
        assertInstanceOf(TelegramEvent.Ignored.class, read(message(PRIVATE, "'write_access_allowed':{'from_request':true}")));
        assertInstanceOf(TelegramEvent.Ignored.class, read(message(PRIVATE, "'message_auto_delete_timer_changed':"
                + "{'message_auto_delete_time':86400}")));
    }

    @Test
    void anonymousGroupAdminMentioningTheBotIsAnsweredAsTheGroup() {
        String json = "{'update_id':5,'message':{'message_id':9,'date':1700000000,"
                + "'from':{'id':1087968824,'is_bot':true,'first_name':'Group','username':'GroupAnonymousBot'},"
                + "'sender_chat':" + GROUP + ",'chat':" + GROUP + ",'text':'@FaqTestBot how do I renew?'}}";

        TelegramEvent.Text text = assertInstanceOf(TelegramEvent.Text.class, read(json));

        assertEquals("how do I renew?", text.text());
        assertEquals("tg:-100", text.toIncoming().userId());
    }

    @Test
    void messageOfAnotherBotIsIgnored() {
        String json = "{'update_id':5,'message':{'message_id':9,'date':1700000000,"
                + "'from':{'id':555,'is_bot':true,'first_name':'Other'},'chat':" + GROUP + ",'text':'@FaqTestBot hi'}}";

        assertInstanceOf(TelegramEvent.Ignored.class, read(json));
    }

    @Test
    void answerSentThroughThisBotsInlineModeIsIgnored() {
        TelegramEvent event = read(message(PRIVATE, "'text':'How do I renew my benefits ...',"
                + "'via_bot':{'id':777,'is_bot':true,'first_name':'Bot','username':'FaqTestBot'}"));

        assertInstanceOf(TelegramEvent.Ignored.class, event);
    }

    @Test
    void channelPostForwardedIntoItsDiscussionGroupIsIgnored() {
        String json = "{'update_id':5,'message':{'message_id':9,'date':1700000000,"
                + "'from':{'id':777000,'is_bot':false,'first_name':'Telegram'},'is_automatic_forward':true,"
                + "'sender_chat':{'id':-300,'type':'channel','title':'News'},'chat':" + GROUP + ",'text':'@FaqTestBot news'}}";

        assertInstanceOf(TelegramEvent.Ignored.class, read(json));
    }

    @Test
    void messageInAForumTopicCarriesItsTopic() {
        TelegramEvent event = read(message(GROUP, "'message_thread_id':17,'is_topic_message':true,'text':'@FaqTestBot hi'"));

        assertEquals(OptionalInt.of(17), event.topic());
    }

    @Test
    void groupPhotoIsIgnored() {
        assertInstanceOf(TelegramEvent.Ignored.class,
                read(message(GROUP, "'photo':[{'file_id':'a','file_unique_id':'b','width':1,'height':1}]")));
    }

    @Test
    void editedMessageIsReadLikeANewOne() {
        String json = message(PRIVATE, "'text':'edited question','edit_date':1700000100").replace("'message':", "'edited_message':");

        assertEquals("edited question", textOf(read(json)));
    }

    @Test
    void buttonPressCarriesItsPayloadAndChat() {
        String json = "{'update_id':6,'callback_query':{'id':'cb1','chat_instance':'x','data':'/faq 7ac670a255',"
                + "'from':{'id':42,'is_bot':false,'first_name':'Sanne','language_code':'en'},"
                + "'message':{'message_id':3,'date':1700000000,'chat':" + PRIVATE + ",'text':'...'}}}";

        TelegramEvent event = read(json);

        assertEquals(new TelegramEvent.ButtonPress(6, "cb1", Optional.of(42L), 42, "/faq 7ac670a255",
                Optional.of(Lang.EN), OptionalInt.empty(), OptionalInt.of(3)), event);
    }

    @Test
    void inlineQueryIsASearch() {
        String json = "{'update_id':7,'inline_query':{'id':'iq1','query':'renew','offset':'',"
                + "'from':{'id':42,'is_bot':false,'first_name':'Sanne','language_code':'de'}}}";

        assertEquals(new TelegramEvent.InlineSearch(7, "iq1", 42, "renew", Optional.empty()), read(json));
    }

    @Test
    void channelPostIsIgnored() {
        String json = "{'update_id':8,'channel_post':{'message_id':1,'date':1700000000,"
                + "'chat':{'id':-200,'type':'channel','title':'News'},'text':'hi'}}";

        assertInstanceOf(TelegramEvent.Ignored.class, read(json));
    }
}
