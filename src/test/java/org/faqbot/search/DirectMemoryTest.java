package org.faqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class DirectMemoryTest {

    /** The JVM's count of direct-buffer memory in use, which a buffer's cleaner lowers when it runs. */
    static long directBytesInUse() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
    }

    @Test
    void aFreedBufferGivesItsMemoryBackAtOnce() {
        int size = 4 << 20;
        ByteBuffer buffer = ByteBuffer.allocateDirect(size);
        long held = directBytesInUse();

        assertTrue(DirectMemory.free(buffer));

        assertEquals(held - size, directBytesInUse());
    }

    @Test
    void aHeapBufferIsLeftAlone() {
        assertFalse(DirectMemory.free(ByteBuffer.allocate(16)));
    }
}
