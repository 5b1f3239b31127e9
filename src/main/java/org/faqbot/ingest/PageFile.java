package org.faqbot.ingest;

import java.nio.file.Path;

/**
 * A source page to ingest.
 *
 * @param file     where to read it
 * @param display  how messages name it: the path as the user gave it, {@code /}-separated
 * @param docsPath its path under the docs root without {@code .md}, e.g. {@code partner-center/benefits-faq};
 *                 the page's URL path on docs.microsoft.com
 * @param slug     its name in entry ids, unique in the batch (see {@link PageFiles})
 */
record PageFile(Path file, String display, String docsPath, String slug) {
}
