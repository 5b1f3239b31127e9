package org.faqbot.search;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;

/**
 * Gives a direct buffer's native memory back at once rather than when a collection finds the buffer
 * unreachable. The model's 34 MB buffer outlived the ONNX session's creation by tens of seconds while
 * {@code serve} built the whole corpus's index: a few young collections promote it to the old generation,
 * where only a marking cycle or a full collection frees it, and those 34 MB were part of the start's peak.
 */
final class DirectMemory {

    private DirectMemory() {
    }

    /**
     * Frees {@code buffer}'s memory through the JDK's own cleaner ({@code sun.misc.Unsafe.invokeCleaner},
     * open to class-path code in {@code jdk.unsupported}). The caller must hold the only reference: reading
     * the buffer afterwards reads freed memory. Returns whether it was freed; on a runtime without that
     * method the buffer is left to the collector, as before.
     */
    static boolean free(ByteBuffer buffer) {
        if (!buffer.isDirect()) {
            return false;
        }
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field field = unsafeClass.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            Method invokeCleaner = unsafeClass.getMethod("invokeCleaner", ByteBuffer.class);
            invokeCleaner.invoke(field.get(null), buffer);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
