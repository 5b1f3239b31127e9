package org.faqbot.dialog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with a JSON text, said the way its writer can act on it: "unexpected character 'b' at
 * column 2". Jackson's own messages name its classes and features ("bound as JsonNode",
 * "StreamReadFeature..."), which mean nothing to someone who typed a line or posted a body.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** A short description of {@code e}, the failure to read {@code json}, with the column where it went wrong (1-based). */
    public static String describe(JsonProcessingException e, String json) {
        if (e instanceof StreamConstraintsException) {
            // Jackson stops reading at its nesting bound and reports no place; "ends too early" would be wrong.
            return "it nests arrays and objects deeper than " + StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels";
        }
        int column = column(e.getLocation(), json);
        if (e instanceof JsonEOFException) {
            return "it ends too early, at column " + column;
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT).contains("trailing token")) {
            return "more text after the JSON value, at column " + column;
        }
        if (column >= 1 && column <= json.length()) {
            return "unexpected character '" + json.charAt(column - 1) + "' at column " + column;
        }
        return "it ends too early, at column " + column;
    }

    /** The column of the character Jackson stopped at, counted on a text read as one line. */
    private static int column(JsonLocation location, String json) {
        if (location == null) {
            return json.length() + 1;
        }
        long offset = location.getCharOffset() >= 0 ? location.getCharOffset() : location.getByteOffset();
        if (offset < 0) {
            return location.getColumnNr();
        }
        // The offset (0-based) is that of the offending character, or the text's length for a text that stops.
        return (int) Math.min(offset, json.length()) + 1;
    }
}
