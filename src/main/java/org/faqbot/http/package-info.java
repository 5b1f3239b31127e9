/**
 * The HTTP adapter on the JDK's built-in HTTP server: the JSON API, health and metrics endpoints, the
 * Telegram webhook endpoint, the chat page with its embed script (plain HTML, CSS and a small script
 * under {@code src/main/resources/org/faqbot/http/web/}, all served from the jar), and the maintainers'
 * dashboard. May import {@code dialog} and below; never another adapter. Non-null throughout.
 */
package org.faqbot.http;
