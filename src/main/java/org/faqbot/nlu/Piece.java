package org.faqbot.nlu;

/** A value read from the tokens starting at some index, up to token {@code end} (exclusive). */
record Piece<T>(T value, int end) {
}
