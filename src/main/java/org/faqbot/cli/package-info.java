/**
 * The command line: picocli commands that parse arguments, call the core and print results. Only
 * {@link org.faqbot.Main} exits the process.
 */
package org.faqbot.cli;
