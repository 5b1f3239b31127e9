package org.faqbot.process;

/**
 * A whole-number setting of the environment in a range. Every part reads its numbers here, so that every
 * bad value gets the same kind of message: the variable, the range and what was given.
 */
public final class WholeNumberSetting {

    private WholeNumberSetting() {
    }

    /** {@code raw}'s number, {@code fallback} when it is unset or blank. */
    public static int read(String name, String raw, int fallback, int min, int max) {
        return read(name, raw, fallback, min, max, "");
    }

    /**
     * {@code raw}'s number, {@code fallback} when it is unset or blank; {@code unit} ("seconds") goes into the message.
     *
     * @throws IllegalArgumentException naming the variable, the range and the value when it is no number in the range
     */
    public static int read(String name, String raw, int fallback, int min, int max, String unit) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String text = raw.strip();
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException(name + " must be a whole number" + (unit.isEmpty() ? "" : " of " + unit)
                + " from " + min + " to " + max + ", was '" + text + "'");
    }
}
