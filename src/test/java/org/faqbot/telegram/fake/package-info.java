/**
 * A fake Telegram Bot API server for tests and benchmarks: started in-process on a free loopback
 * port, it speaks the Bot API over real HTTP, is as strict as Telegram about HTML, lengths and
 * callback data, records every call, and can answer 429 or 5xx on demand. It uses no telegrambots
 * types, so it checks the client's real wire format. Non-null throughout.
 */
package org.faqbot.telegram.fake;
