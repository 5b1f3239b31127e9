/**
 * Benchmarks: mains that print figures, run with {@code ./mvnw -q -B test-compile exec:java
 * -Dexec.args="<name>"}. Not tests; nothing here asserts. Loopback only, bounded in time.
 */
package org.faqbot.bench;
