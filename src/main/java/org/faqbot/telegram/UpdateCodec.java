package org.faqbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Updates from the JSON the Bot API uses, for polling, the webhook and the journal. Thread-safe.
 *
 * <p>An update whose JSON holds something telegrambots cannot read (a kind of forward origin, reaction
 * or message it does not know yet, a field of an unexpected type) is read without that part: the part
 * is left out, logged, and the rest (the chat, the sender, the text) answered. Refusing the whole update
 * would lose the user's message, and on getUpdates it failed the whole batch, again at every poll.
 */
final class UpdateCodec {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateCodec.class);
    /** Parts left out of one update at most; more means something is wrong with the update as a whole. */
    private static final int MAX_LEFT_OUT = 16;

    // Telegram adds fields to its objects over time; an update with a field this library does not
    // know yet must still be read.
    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Reads an update, leaving out the parts telegrambots cannot read.
     *
     * @throws IllegalArgumentException when {@code json} is no JSON object with a numeric {@code update_id}
     */
    Update read(String json) {
        return read(tree(json));
    }

    /**
     * Reads an update already parsed (getUpdates' entries), leaving out the parts telegrambots cannot read;
     * {@code update} itself is not changed.
     *
     * @throws IllegalArgumentException when {@code update} is no JSON object with a numeric {@code update_id}
     */
    Update read(JsonNode update) {
        if (!update.isObject() || updateId(update).isEmpty()) {
            throw new IllegalArgumentException("not a Telegram update: no numeric update_id");
        }
        return read((ObjectNode) update.deepCopy());
    }

    /** The update's {@code update_id}; empty when it has none (then it is no update). */
    static OptionalLong updateId(JsonNode update) {
        JsonNode id = update.path("update_id");
        return id.canConvertToLong() && id.isIntegralNumber() ? OptionalLong.of(id.asLong()) : OptionalLong.empty();
    }

    private ObjectNode tree(String json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Telegram update: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject() || updateId(tree).isEmpty()) {
            throw new IllegalArgumentException("not a Telegram update: no numeric update_id");
        }
        return (ObjectNode) tree;
    }

    private Update read(ObjectNode tree) {
        long id = updateId(tree).getAsLong();
        for (int leftOut = 0; ; leftOut++) {
            try {
                return mapper.treeToValue(tree, Update.class);
            } catch (JsonMappingException e) {
                String part = leftOut < MAX_LEFT_OUT ? leaveOut(tree, e.getPath()) : "";
                if (part.isEmpty() || part.equals("update_id")) {
                    throw new IllegalArgumentException("update " + id + " cannot be read: " + e.getClass().getSimpleName(), e);
                }
                // The exception's text may quote what the user sent, so the log names only the part and the kind.
                LOG.warn("update {}: left out {}, which this version cannot read ({})", id, part, e.getClass().getSimpleName());
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("update " + id + " cannot be read: " + e.getClass().getSimpleName(), e);
            }
        }
    }

    /**
     * Removes the deepest node along {@code path} that the tree has, and returns where it was
     * ("message.forward_origin"); "" when the path names nothing in the tree.
     */
    private static String leaveOut(ObjectNode root, List<JsonMappingException.Reference> path) {
        JsonNode parent = root;
        JsonNode deepestParent = null;
        JsonMappingException.Reference deepest = null;
        StringBuilder name = new StringBuilder();
        String deepestName = "";
        for (JsonMappingException.Reference step : path) {
            JsonNode child = child(parent, step);
            if (child == null || child.isMissingNode()) {
                break;
            }
            append(name, step);
            deepestParent = parent;
            deepest = step;
            deepestName = name.toString();
            parent = child;
        }
        if (deepest == null) {
            return "";
        }
        remove(deepestParent, deepest);
        return deepestName;
    }

    private static JsonNode child(JsonNode parent, JsonMappingException.Reference step) {
        if (step.getFieldName() != null) {
            return parent.isObject() ? parent.get(step.getFieldName()) : null;
        }
        return parent.isArray() && step.getIndex() >= 0 ? parent.get(step.getIndex()) : null;
    }

    private static void remove(JsonNode parent, JsonMappingException.Reference step) {
        if (step.getFieldName() != null) {
            ((ObjectNode) parent).remove(step.getFieldName());
        } else {
            ((ArrayNode) parent).remove(step.getIndex());
        }
    }

    private static void append(StringBuilder name, JsonMappingException.Reference step) {
        if (step.getFieldName() != null) {
            name.append(name.length() == 0 ? "" : ".").append(step.getFieldName());
        } else {
            name.append('[').append(step.getIndex()).append(']');
        }
    }
}
