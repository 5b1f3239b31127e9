package org.faqbot.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.faqbot.kb.Lang;

/**
 * Turns the link targets of one docs page into absolute docs.microsoft.com URLs for one language. A page
 * at {@code partner-center/benefits-faq} (its path under the docs root, without {@code .md}) lives at
 * {@code https://docs.microsoft.com/nl-nl/partner-center/benefits-faq} in Dutch and at
 * {@code .../en-us/...} in English; relative links ({@code page.md}, {@code page.md#anchor},
 * {@code ../folder/page.md}), site-relative links ({@code /azure/...}) and in-page links
 * ({@code #anchor}) are resolved against it. Links with a scheme ({@code https:}, {@code mailto:}) stay
 * as they are.
 */
final class DocsLinks {

    static final String SITE = "https://docs.microsoft.com/";

    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final String pagePath;
    private final String locale;

    /** @param pagePath the page's path under the docs root, {@code /}-separated, without {@code .md} */
    DocsLinks(String pagePath, Lang lang) {
        this.pagePath = pagePath;
        this.locale = lang == Lang.NL ? "nl-nl" : "en-us";
    }

    String pageUrl() {
        return SITE + locale + "/" + pagePath;
    }

    /** The absolute URL for a link target as written in the page. */
    String resolve(String target) {
        String href = target.strip().replace(" ", "%20");
        if (href.isEmpty() || href.startsWith("#")) {
            return pageUrl() + href;
        }
        if (SCHEME.matcher(href).matches()) {
            return href;
        }
        if (href.startsWith("//")) {
            return "https:" + href;
        }
        int cut = firstOf(href, '#', '?');
        String path = withoutMd(href.substring(0, cut));
        String suffix = href.substring(cut);
        String folder = pagePath.contains("/") ? pagePath.substring(0, pagePath.lastIndexOf('/')) : "";
        String absolute = path.startsWith("/") ? path.substring(1) : normalize(folder + "/" + path);
        return SITE + locale + "/" + absolute + suffix;
    }

    private static int firstOf(String text, char a, char b) {
        int ia = text.indexOf(a);
        int ib = text.indexOf(b);
        int first = ia < 0 ? ib : ib < 0 ? ia : Math.min(ia, ib);
        return first < 0 ? text.length() : first;
    }

    private static String withoutMd(String path) {
        return path.endsWith(".md") ? path.substring(0, path.length() - 3) : path;
    }

    /** Resolves {@code .} and {@code ..} segments; a {@code ..} above the docs root is dropped. */
    private static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
