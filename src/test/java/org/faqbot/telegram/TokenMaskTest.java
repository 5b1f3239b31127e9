package org.faqbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class TokenMaskTest {

    private static final String TOKEN = "123456:ABCdef_ghi-JKLmnoPQRstuVWXyz01234";
    private final TokenMask mask = new TokenMask(TOKEN);

    @Test
    void ourTokenInAUrlIsMasked() {
        String masked = mask.mask("POST https://api.telegram.org/bot" + TOKEN + "/sendMessage failed");

        assertEquals("POST https://api.telegram.org/bot<token>/sendMessage failed", masked);
    }

    @Test
    void anythingShapedLikeABotTokenIsMasked() {
        String masked = mask.mask("other bot 987654321:ZYXwvu_tsr-QPOnmlKJIhgf98765 leaked");

        assertEquals("other bot <token> leaked", masked);
    }

    @Test
    void describeMasksEveryCauseInTheChain() {
        Exception error = new IllegalStateException("call failed",
                new IOException("unexpected end of stream on http://127.0.0.1:1/bot" + TOKEN + "/getUpdates"));

        String text = mask.describe(error);

        assertEquals("IllegalStateException: call failed <- IOException: unexpected end of stream on"
                + " http://127.0.0.1:1/bot<token>/getUpdates", text);
    }
}
