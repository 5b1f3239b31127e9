package org.faqbot.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The dashboard's sign-in: the admin token is typed once, and the browser keeps a cookie whose value
 * is an HMAC of a fixed label under the token, so the token itself is never stored in the browser,
 * every instance with the same token accepts it, and changing the token signs everyone out. The
 * cookie is {@code HttpOnly} (no script reads it) and {@code SameSite=Strict} (no other site's page
 * sends it), scoped to {@code /admin}.
 */
final class AdminSession {

    static final String COOKIE = "faqbot_admin";
    /** How long the browser keeps the cookie: 30 days. */
    static final long MAX_AGE_SECONDS = 30L * 24 * 3600;
    private static final String LABEL = "faqbot admin session v1";

    private final byte[] token;
    private final String cookieValue;

    AdminSession(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.cookieValue = hmac(this.token, LABEL);
    }

    /** Whether {@code typed} is the token; compares in constant time. */
    boolean tokenMatches(String typed) {
        return MessageDigest.isEqual(token, typed.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether one of the request's {@code Cookie} headers carries the session cookie. */
    boolean signedIn(List<String> cookieHeaders) {
        return cookie(cookieHeaders).map(v -> MessageDigest.isEqual(
                v.getBytes(StandardCharsets.US_ASCII), cookieValue.getBytes(StandardCharsets.US_ASCII))).orElse(false);
    }

    /** The {@code Set-Cookie} value that signs in; {@code secure} adds {@code Secure} (behind HTTPS). */
    String signInCookie(boolean secure) {
        return COOKIE + "=" + cookieValue + "; Path=/admin; Max-Age=" + MAX_AGE_SECONDS + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that signs out. */
    static String signOutCookie() {
        return COOKIE + "=; Path=/admin; Max-Age=0; HttpOnly; SameSite=Strict";
    }

    private static Optional<String> cookie(List<String> headers) {
        for (String header : headers) {
            for (String pair : header.split(";")) {
                String[] parts = pair.trim().split("=", 2);
                if (parts.length == 2 && parts[0].equals(COOKIE)) {
                    return Optional.of(parts[1]);
                }
            }
        }
        return Optional.empty();
    }

    private static String hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
