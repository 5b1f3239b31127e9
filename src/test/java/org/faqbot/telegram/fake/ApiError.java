package org.faqbot.telegram.fake;

/**
 * An error answer of the fake, as Telegram writes it: {@code {"ok":false,"error_code":400,"description":"Bad Request: ..."}}.
 *
 * @param retryAfter seconds for 429 answers, else 0
 */
record ApiError(int status, String description, int retryAfter) {

    static ApiError badRequest(String detail) {
        return new ApiError(400, "Bad Request: " + detail, 0);
    }

    static ApiError notFound() {
        return new ApiError(404, "Not Found", 0);
    }

    static ApiError unauthorized() {
        return new ApiError(401, "Unauthorized", 0);
    }

    static ApiError conflict(String detail) {
        return new ApiError(409, "Conflict: " + detail, 0);
    }

    /** Thrown by method handlers to answer with this error. */
    RuntimeException toException() {
        return new Failure(this);
    }

    static final class Failure extends RuntimeException {
        final ApiError error;

        Failure(ApiError error) {
            super(error.description(), null, false, false);
            this.error = error;
        }
    }
}
