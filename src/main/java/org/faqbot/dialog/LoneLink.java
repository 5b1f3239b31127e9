package org.faqbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link and nothing else ("https://partner.microsoft.com/dashboard/mpn/offers"): the bot cannot open it, and searching
 * the FAQ for its letters finds nothing, so it says so and asks what the question about that page is. A Microsoft page's
 * path often names its topic ("mfa-for-partners", "mpn/offers"): when the knowledge base has entries about those words,
 * the reply offers them and the next question is searched about that topic, as after "a question about MFA".
 */
final class LoneLink {

    /** The whole message one link, perhaps in angle brackets and with a closing sign after it. */
    private static final Pattern LINK = Pattern.compile(
            "<?(?:https?://|www\\.)([^/\\s?#>]+)(/[^\\s?#>]*)?(?:[?#]\\S*?)?>?[.!?]*", Pattern.CASE_INSENSITIVE);
    /** Path parts that name no topic: locales ("en-us"), versions, the site's own sections. */
    private static final Pattern NO_TOPIC = Pattern.compile("[a-z]{2}(?:-[a-z]{2,4})?|v\\d+|.*\\d.*");
    private static final Set<String> SITE_WORDS = Set.of("dashboard", "partner-center", "partnercenter", "home", "index",
            "default", "overview", "pages", "docs", "articles", "learn");
    private final AnnouncedThing announced;
    private final Texts texts;

    LoneLink(AnnouncedThing announced, Texts texts) {
        this.announced = announced;
        this.texts = texts;
    }

    /** The reply to a message that is one link alone; else empty. */
    Optional<Reply> answer(Turn turn) {
        Matcher link = LINK.matcher(turn.text.strip());
        if (!link.matches()) {
            return Optional.empty();
        }
        Optional<String> topic = link.group(1).toLowerCase(Locale.ROOT).endsWith("microsoft.com") && link.group(2) != null
                ? topic(link.group(2)) : Optional.empty();
        Optional<Reply> entries = topic.isPresent() && !turn.message.standalone()
                ? announced.topic(turn, topic.get(), "link.topic") : Optional.empty();
        return entries.or(() -> Optional.of(Reply.text(turn.lang, ReplyType.CLARIFY, texts.get(turn.lang, "link.alone"))));
    }

    /** Whether {@code text} is one link and nothing else. */
    static boolean isLink(String text) {
        return LINK.matcher(text.strip()).matches();
    }

    /**
     * The words of the last path part that may name a topic ("mfa-for-partners" is "mfa for partners"), with the part
     * before it when it is one word; deeper parts are the site's sections.
     */
    static Optional<String> topic(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.toLowerCase(Locale.ROOT).split("/")) {
            String name = part.replaceFirst("\\.(?:aspx?|html?|md|php)$", "");
            if (!name.isEmpty() && !NO_TOPIC.matcher(name).matches() && !SITE_WORDS.contains(name)) {
                parts.add(name.replaceAll("[-_+]+", " ").strip());
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String last = parts.get(parts.size() - 1);
        // One word says little alone ("offers"): the part before it names what of ("mpn/offers").
        return Optional.of(last.contains(" ") || parts.size() == 1 ? last : parts.get(parts.size() - 2) + " " + last);
    }
}
