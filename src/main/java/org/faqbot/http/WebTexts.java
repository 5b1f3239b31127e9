package org.faqbot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.faqbot.kb.Lang;

/**
 * The web pages' own words in both languages, from {@code web/texts.json} next to this class: the chat
 * page reads the file itself, the dashboard and the embed script through this class. Placeholders are
 * {@code {0}}, replaced literally.
 */
final class WebTexts {

    static final String RESOURCE = "web/texts.json";

    private final JsonNode texts;

    private WebTexts(JsonNode texts) {
        this.texts = texts;
    }

    static WebTexts load() {
        try (InputStream in = WebTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/faqbot/http/" + RESOURCE);
            }
            return new WebTexts(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/faqbot/http/" + RESOURCE, e);
        }
    }

    /** The text {@code key} in {@code lang}; throws when a language lacks it (a test checks both have the same keys). */
    String get(Lang lang, String key, Object... args) {
        JsonNode value = texts.path(lang.code()).get(key);
        if (value == null) {
            throw new IllegalArgumentException("no web text '" + key + "' in " + lang.code());
        }
        String text = value.asText();
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The keys of one language, in file order. */
    List<String> keys(Lang lang) {
        List<String> keys = new java.util.ArrayList<>();
        texts.path(lang.code()).fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** {@code {"en": {...}, "nl": {...}}} with only the keys that start with {@code prefix}, the prefix removed. */
    String json(String prefix) {
        StringBuilder out = new StringBuilder("{");
        for (Lang lang : Lang.values()) {
            out.append(out.length() > 1 ? "," : "").append('"').append(lang.code()).append("\":{");
            List<String> keys = keys(lang).stream().filter(k -> k.startsWith(prefix)).toList();
            for (int i = 0; i < keys.size(); i++) {
                out.append(i > 0 ? "," : "").append(quote(keys.get(i).substring(prefix.length()))).append(':')
                        .append(quote(get(lang, keys.get(i))));
            }
            out.append('}');
        }
        return out.append('}').toString();
    }

    /**
     * The page language a browser asks for: {@code lang} when it is nl or en, else the first of nl/en in
     * {@code Accept-Language}, else English.
     */
    static Lang pick(Optional<String> lang, Optional<String> acceptLanguage) {
        Optional<Lang> asked = lang.flatMap(Lang::fromCode);
        if (asked.isPresent()) {
            return asked.get();
        }
        String accept = acceptLanguage.orElse("").toLowerCase(Locale.ROOT);
        int nl = accept.indexOf("nl");
        int en = accept.indexOf("en");
        return nl >= 0 && (en < 0 || nl < en) ? Lang.NL : Lang.EN;
    }

    private static String quote(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text).replace("</", "<\\/");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
