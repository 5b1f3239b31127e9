package org.faqbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Bot API parameters from any of the ways Telegram accepts them: a JSON body, a form, a multipart
 * body or the query string. Parameters that hold JSON (reply_markup, results, ...) are parsed when
 * they arrive as text, so handlers see the same tree whatever the client sent.
 */
final class Params {

    private static final Set<String> JSON_VALUED = Set.of("reply_markup", "results", "commands", "allowed_updates",
            "input_message_content", "link_preview_options", "scope", "reply_parameters", "entities", "button");

    private Params() {
    }

    /**
     * @throws ApiError.Failure 400 when the body cannot be read
     */
    static ObjectNode parse(ObjectMapper json, String contentType, String query, byte[] body) {
        ObjectNode params = json.createObjectNode();
        if (query != null) {
            form(params, query);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            jsonBody(json, params, body);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            form(params, new String(body, StandardCharsets.UTF_8));
        } else if (type.startsWith("multipart/form-data")) {
            multipart(params, contentType, body);
        }
        parseJsonValued(json, params);
        return params;
    }

    private static void jsonBody(ObjectMapper json, ObjectNode params, byte[] body) {
        if (body.length == 0) {
            return;
        }
        try {
            JsonNode tree = json.readTree(body);
            if (!tree.isObject()) {
                throw ApiError.badRequest("can't parse JSON object").toException();
            }
            params.setAll((ObjectNode) tree);
        } catch (IOException e) {
            throw ApiError.badRequest("can't parse JSON object").toException();
        }
    }

    private static void form(ObjectNode params, String encoded) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
    }

    /** Reads the text parts of a multipart body; file parts are recorded as "<file>". */
    private static void multipart(ObjectNode params, String contentType, byte[] body) {
        String boundary = boundary(contentType);
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : text.split("--" + java.util.regex.Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headerEnd);
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
            if (!name.find()) {
                continue;
            }
            String value = part.substring(headerEnd + 4);
            if (value.endsWith("\r\n")) {
                value = value.substring(0, value.length() - 2);
            }
            boolean file = headers.contains("filename=");
            params.put(name.group(1), file ? "<file>"
                    : new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    private static String boundary(String contentType) {
        for (String piece : contentType.split(";")) {
            String p = piece.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                return p.substring(9).replace("\"", "");
            }
        }
        throw ApiError.badRequest("multipart body without boundary").toException();
    }

    private static void parseJsonValued(ObjectMapper json, ObjectNode params) {
        for (String name : JSON_VALUED) {
            JsonNode value = params.get(name);
            if (value != null && value.isTextual() && !value.asText().isEmpty()) {
                try {
                    params.set(name, json.readTree(value.asText()));
                } catch (IOException e) {
                    throw ApiError.badRequest("can't parse " + name + " JSON object").toException();
                }
            }
        }
    }
}
