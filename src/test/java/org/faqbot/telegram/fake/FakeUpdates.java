package org.faqbot.telegram.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Update JSON as Telegram writes it, without update_id (the queue assigns that). */
final class FakeUpdates {

    private static final Pattern COMMAND = Pattern.compile("^/\\w+(@\\w+)?");
    private static final Pattern MENTION = Pattern.compile("@\\w+");

    private FakeUpdates() {
    }

    static ObjectNode chatJson(ObjectMapper json, FakeChat chat) {
        ObjectNode node = json.createObjectNode().put("id", chat.id()).put("type", chat.type());
        if (chat.isPrivate()) {
            node.put("first_name", "User " + chat.id());
        } else {
            node.put("title", chat.title());
        }
        return node;
    }

    static ObjectNode userJson(ObjectMapper json, FakeUser user) {
        ObjectNode node = json.createObjectNode().put("id", user.id()).put("is_bot", false).put("first_name", user.firstName());
        if (!user.languageCode().isEmpty()) {
            node.put("language_code", user.languageCode());
        }
        return node;
    }

    /** A message without content; callers add text, photo, ... */
    static ObjectNode message(ObjectMapper json, FakeChat chat, FakeUser from, int messageId) {
        ObjectNode message = json.createObjectNode()
                .put("message_id", messageId)
                .put("date", System.currentTimeMillis() / 1000);
        message.set("from", userJson(json, from));
        message.set("chat", chatJson(json, chat));
        return message;
    }

    /** Adds text with the entities Telegram would mark: a leading bot_command and @mentions. */
    static ObjectNode withText(ObjectMapper json, ObjectNode message, String text) {
        message.put("text", text);
        ArrayNode entities = json.createArrayNode();
        Matcher command = COMMAND.matcher(text);
        if (command.find()) {
            entities.add(entity(json, "bot_command", 0, command.end()));
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            entities.add(entity(json, "mention", text.substring(0, mention.start()).length(), mention.group().length()));
        }
        if (!entities.isEmpty()) {
            message.set("entities", entities);
        }
        return message;
    }

    private static ObjectNode entity(ObjectMapper json, String type, int offset, int length) {
        return json.createObjectNode().put("type", type).put("offset", offset).put("length", length);
    }

    static ObjectNode photo(ObjectMapper json, ObjectNode message) {
        ArrayNode sizes = json.createArrayNode();
        sizes.add(json.createObjectNode().put("file_id", "AgACAgQAAxk").put("file_unique_id", "AQADx").put("width", 90)
                .put("height", 67).put("file_size", 1254));
        message.set("photo", sizes);
        return message;
    }

    static ObjectNode sticker(ObjectMapper json, ObjectNode message) {
        message.set("sticker", json.createObjectNode().put("file_id", "CAACAgIAAxk").put("file_unique_id", "AgADx")
                .put("type", "regular").put("width", 512).put("height", 512).put("is_animated", false)
                .put("is_video", false).put("emoji", "👍"));
        return message;
    }

    static ObjectNode wrap(ObjectMapper json, String kind, ObjectNode payload) {
        ObjectNode update = json.createObjectNode();
        update.set(kind, payload);
        return update;
    }
}
