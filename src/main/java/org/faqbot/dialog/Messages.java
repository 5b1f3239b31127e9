package org.faqbot.dialog;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.faqbot.kb.Lang;

/**
 * The bot's own user-facing sentences, from {@code messages_nl.properties} and
 * {@code messages_en.properties}. Placeholders are {@code {0}}, {@code {1}}, ... and are replaced
 * literally: unlike {@link java.text.MessageFormat}, an apostrophe ("z'n", "can't") needs no escaping.
 */
public final class Messages {

    private static final String BUNDLE = "messages";

    private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

    public Messages() {
        for (Lang lang : Lang.values()) {
            bundles.put(lang, ResourceBundle.getBundle(BUNDLE, lang.locale(), new NoFallback()));
        }
    }

    /**
     * The sentence {@code key} in {@code lang} with its placeholders filled.
     *
     * @throws MissingResourceException when a language lacks the key (a test checks both files have the same keys)
     */
    public String get(Lang lang, String key, Object... args) {
        String text = bundles.get(lang).getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public boolean has(Lang lang, String key) {
        return bundles.get(lang).containsKey(key);
    }

    /** The keys of one language's file, for the test that both files agree. */
    public java.util.Set<String> keys(Lang lang) {
        return bundles.get(lang).keySet();
    }

    /** Never falls back to the JVM's default locale: a missing Dutch file must not silently become English. */
    private static final class NoFallback extends ResourceBundle.Control {
        @Override
        public java.util.Locale getFallbackLocale(String baseName, java.util.Locale locale) {
            return null;
        }
    }
}
