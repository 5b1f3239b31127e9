package org.faqbot.kb;

/** What a knowledge-base entry was made from. */
public enum EntryKind {
    /** A question heading ("V."/"Q." or ending in "?") and the answer below it. */
    QA,
    /** Any other section of a page: its heading is the title, its body the text. */
    PASSAGE
}
