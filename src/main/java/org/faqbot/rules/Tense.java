package org.faqbot.rules;

/** Whether a fact is something that happened or something still to come; decides the year of "3 March". */
public enum Tense {
    /** An event that already happened (a key was redeemed): a year-less date is the most recent one. */
    PAST,
    /** A deadline or start (benefits expire, renewal starts): a year-less date is the next one. */
    FUTURE
}
