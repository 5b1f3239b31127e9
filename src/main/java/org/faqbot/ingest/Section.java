package org.faqbot.ingest;

import java.util.Optional;

/**
 * One heading of a page and the lines under it (indices into the page's line list).
 *
 * @param level        1 for {@code #}, 2 for {@code ##}, ...
 * @param headingIndex the heading's line
 * @param anchor       the {@code <a name>} anchor written on the heading, if any
 * @param heading      the heading text (with pair placeholders), anchors removed
 * @param ownEnd       end (exclusive) of the section's own text: the next heading of any level
 * @param end          end (exclusive) of the section with its sub-sections: the next heading of the
 *                     same or a higher level
 * @param parent       index of the enclosing section in the page's section list, or -1
 */
record Section(int level, int headingIndex, Optional<String> anchor, String heading, int ownEnd, int end, int parent) {

    /** Index of the first line after the heading. */
    int start() {
        return headingIndex + 1;
    }
}
