package org.faqbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The Bot API methods the fake implements, with Telegram's checks and error descriptions. Holds what
 * those methods change: chats, sent messages, open callback and inline queries, command menus.
 */
final class BotMethods {

    static final int MAX_TEXT = 4096;
    static final int MAX_CALLBACK_DATA_BYTES = 64;
    private static final Set<String> CHAT_ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video",
            "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location",
            "record_video_note", "upload_video_note");
    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final ObjectMapper json;
    private final ObjectNode bot;
    private final UpdateQueue updates;
    private final Map<Long, FakeChat> chats = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> messageIds = new ConcurrentHashMap<>();
    private final List<SentMessage> sent = new ArrayList<>();
    private final Set<String> openQueries = ConcurrentHashMap.newKeySet();
    private final Map<String, JsonNode> commands = new ConcurrentHashMap<>();

    BotMethods(ObjectMapper json, ObjectNode bot, UpdateQueue updates) {
        this.json = json;
        this.bot = bot;
        this.updates = updates;
    }

    JsonNode call(String method, ObjectNode p) throws InterruptedException {
        switch (method.toLowerCase(java.util.Locale.ROOT)) {
            case "getme":
                return bot;
            case "getupdates":
                return getUpdates(p);
            case "sendmessage":
                return sendMessage(p);
            case "editmessagetext":
                return editMessageText(p);
            case "answercallbackquery":
                return answerQuery(p, "callback_query_id");
            case "answerinlinequery":
                return answerInlineQuery(p);
            case "setmycommands":
                return setMyCommands(p);
            case "getmycommands":
                return commands.getOrDefault(p.path("language_code").asText(""), json.createArrayNode());
            case "deletewebhook":
                updates.deleteWebhook(p.path("drop_pending_updates").asBoolean(false));
                return json.getNodeFactory().booleanNode(true);
            case "setwebhook":
                return setWebhook(p);
            case "getwebhookinfo":
                return webhookInfo();
            case "sendchataction":
                return sendChatAction(p);
            default:
                throw ApiError.notFound().toException();
        }
    }

    // ---- registration by the user side ----

    ObjectNode bot() {
        return bot;
    }

    void register(FakeChat chat) {
        chats.putIfAbsent(chat.id(), chat);
    }

    int nextMessageId(long chatId) {
        return messageIds.computeIfAbsent(chatId, id -> new AtomicInteger()).incrementAndGet();
    }

    void openQuery(String id) {
        openQueries.add(id);
    }

    List<SentMessage> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    JsonNode commands(String languageCode) {
        return commands.getOrDefault(languageCode, MissingNode.getInstance());
    }

    // ---- methods ----

    private JsonNode getUpdates(ObjectNode p) throws InterruptedException {
        Long offset = p.hasNonNull("offset") ? p.get("offset").asLong() : null;
        int limit = Math.max(1, Math.min(100, p.path("limit").asInt(100)));
        int timeout = p.path("timeout").asInt(0);
        if (timeout < 0) {
            throw ApiError.badRequest("timeout must be non-negative").toException();
        }
        List<String> allowed = new ArrayList<>();
        p.path("allowed_updates").forEach(a -> allowed.add(a.asText()));
        ArrayNode result = json.createArrayNode();
        updates.poll(offset, limit, timeout, allowed).forEach(result::add);
        return result;
    }

    private JsonNode sendMessage(ObjectNode p) {
        FakeChat chat = chat(p);
        String html = p.path("text").asText("");
        String parseMode = p.path("parse_mode").asText("");
        String plain = visibleText(html, parseMode);
        JsonNode keyboard = keyboard(p);
        int messageId = nextMessageId(chat.id());
        synchronized (sent) {
            sent.add(new SentMessage(chat.id(), messageId, html, plain, parseMode, keyboard, System.nanoTime()));
        }
        return message(chat, messageId, plain, keyboard);
    }

    private JsonNode editMessageText(ObjectNode p) {
        FakeChat chat = chat(p);
        int messageId = p.path("message_id").asInt();
        String html = p.path("text").asText("");
        String parseMode = p.path("parse_mode").asText("");
        String plain = visibleText(html, parseMode);
        JsonNode keyboard = keyboard(p);
        synchronized (sent) {
            int index = indexOf(chat.id(), messageId);
            if (index < 0) {
                throw ApiError.badRequest("message to edit not found").toException();
            }
            SentMessage before = sent.get(index);
            if (before.plain().equals(plain) && before.keyboard().equals(keyboard)) {
                throw ApiError.badRequest("message is not modified: specified new message content and reply markup"
                        + " are exactly the same as a current content and reply markup of the message").toException();
            }
            sent.set(index, new SentMessage(chat.id(), messageId, html, plain, parseMode, keyboard, System.nanoTime()));
        }
        return message(chat, messageId, plain, keyboard);
    }

    private int indexOf(long chatId, int messageId) {
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).chatId() == chatId && sent.get(i).messageId() == messageId) {
                return i;
            }
        }
        return -1;
    }

    private FakeChat chat(ObjectNode p) {
        if (!p.hasNonNull("chat_id") || p.get("chat_id").asText().isEmpty()) {
            throw ApiError.badRequest("chat_id is empty").toException();
        }
        FakeChat chat = chats.get(p.get("chat_id").asLong());
        if (chat == null) {
            throw ApiError.badRequest("chat not found").toException();
        }
        return chat;
    }

    /** The text a user reads, checked like Telegram checks it. */
    static String visibleText(String text, String parseMode) {
        String plain;
        if (parseMode.equalsIgnoreCase("HTML")) {
            try {
                plain = StrictHtml.parse(text);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("can't parse entities: " + e.getMessage()).toException();
            }
        } else if (parseMode.isEmpty() || parseMode.equalsIgnoreCase("MarkdownV2") || parseMode.equalsIgnoreCase("Markdown")) {
            plain = text;
        } else {
            throw ApiError.badRequest("unsupported parse_mode").toException();
        }
        if (plain.isBlank()) {
            throw ApiError.badRequest("message text is empty").toException();
        }
        if (plain.length() > MAX_TEXT) {
            throw ApiError.badRequest("message is too long").toException();
        }
        return plain;
    }

    private static JsonNode keyboard(JsonNode p) {
        JsonNode markup = p.path("reply_markup");
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode button : row) {
                checkButton(button);
            }
        }
        return markup;
    }

    private static void checkButton(JsonNode button) {
        if (button.path("text").asText("").isEmpty()) {
            throw ApiError.badRequest("text buttons are unallowed in the inline keyboard").toException();
        }
        if (button.has("callback_data")) {
            int bytes = button.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
                throw ApiError.badRequest("BUTTON_DATA_INVALID").toException();
            }
        } else if (!button.has("url") && !button.has("switch_inline_query") && !button.has("switch_inline_query_current_chat")
                && !button.has("copy_text") && !button.has("web_app") && !button.has("login_url")) {
            throw ApiError.badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
                    .toException();
        }
    }

    private ObjectNode message(FakeChat chat, int messageId, String plain, JsonNode keyboard) {
        ObjectNode message = json.createObjectNode()
                .put("message_id", messageId)
                .put("date", System.currentTimeMillis() / 1000);
        message.set("from", bot);
        message.set("chat", FakeUpdates.chatJson(json, chat));
        message.put("text", plain);
        if (!keyboard.isMissingNode()) {
            message.set("reply_markup", keyboard);
        }
        return message;
    }

    private JsonNode answerQuery(ObjectNode p, String idParameter) {
        String id = p.path(idParameter).asText("");
        if (!openQueries.remove(id)) {
            throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid").toException();
        }
        if (p.path("text").asText("").length() > 200) {
            throw ApiError.badRequest("MESSAGE_TOO_LONG").toException();
        }
        return json.getNodeFactory().booleanNode(true);
    }

    private JsonNode answerInlineQuery(ObjectNode p) {
        JsonNode results = p.path("results");
        if (!results.isArray()) {
            throw ApiError.badRequest("results must be an array").toException();
        }
        if (results.size() > 50) {
            throw ApiError.badRequest("RESULTS_TOO_MUCH").toException();
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode result : results) {
            checkInlineResult(result, ids);
        }
        return answerQuery(p, "inline_query_id");
    }

    private static void checkInlineResult(JsonNode result, Set<String> ids) {
        String id = result.path("id").asText("");
        int idBytes = id.getBytes(StandardCharsets.UTF_8).length;
        if (idBytes < 1 || idBytes > 64) {
            throw ApiError.badRequest("RESULT_ID_INVALID").toException();
        }
        if (!ids.add(id)) {
            throw ApiError.badRequest("RESULT_ID_DUPLICATE").toException();
        }
        if (!result.path("type").asText("").equals("article")) {
            return;
        }
        if (result.path("title").asText("").isBlank()) {
            throw ApiError.badRequest("RESULT_TITLE_EMPTY").toException();
        }
        JsonNode content = result.path("input_message_content");
        visibleText(content.path("message_text").asText(""), content.path("parse_mode").asText(""));
        keyboard(result);
    }

    private JsonNode setMyCommands(ObjectNode p) {
        JsonNode list = p.path("commands");
        if (!list.isArray() || list.size() > 100) {
            throw ApiError.badRequest("commands must be an array of at most 100 commands").toException();
        }
        for (JsonNode command : list) {
            if (!COMMAND.matcher(command.path("command").asText("")).matches()) {
                throw ApiError.badRequest("BOT_COMMAND_INVALID").toException();
            }
            int length = command.path("description").asText("").length();
            if (length < 1 || length > 256) {
                throw ApiError.badRequest("BOT_COMMAND_DESCRIPTION_INVALID").toException();
            }
        }
        String language = p.path("language_code").asText("");
        if (!language.isEmpty() && !language.matches("[a-z]{2}")) {
            throw ApiError.badRequest("LANG_CODE_INVALID").toException();
        }
        commands.put(language, list);
        return json.getNodeFactory().booleanNode(true);
    }

    private JsonNode setWebhook(ObjectNode p) {
        String url = p.path("url").asText("");
        if (url.isEmpty()) {
            updates.deleteWebhook(false);
            return json.getNodeFactory().booleanNode(true);
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("bad webhook: Failed to resolve host: Name or service not known").toException();
        }
        if (uri.getHost() == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw ApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook").toException();
        }
        String secret = p.path("secret_token").asText("");
        if (!secret.isEmpty() && !SECRET.matcher(secret).matches()) {
            throw ApiError.badRequest("secret token contains unallowed characters").toException();
        }
        List<String> allowed = new ArrayList<>();
        p.path("allowed_updates").forEach(a -> allowed.add(a.asText()));
        updates.setWebhook(uri, secret, allowed);
        return json.getNodeFactory().booleanNode(true);
    }

    private JsonNode webhookInfo() {
        ObjectNode info = json.createObjectNode()
                .put("url", updates.webhookUrl().map(URI::toString).orElse(""))
                .put("has_custom_certificate", false)
                .put("pending_update_count", updates.pendingCount());
        return info;
    }

    private JsonNode sendChatAction(ObjectNode p) {
        chat(p);
        if (!CHAT_ACTIONS.contains(p.path("action").asText(""))) {
            throw ApiError.badRequest("wrong parameter action in request").toException();
        }
        return json.getNodeFactory().booleanNode(true);
    }
}
