/**
 * The HTTP adapter: the JSON API, health and metrics endpoints, and the Telegram webhook endpoint,
 * on the JDK's built-in HTTP server.
 */
package org.faqbot.http;
