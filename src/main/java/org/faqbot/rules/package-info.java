/**
 * Date rules taken from the FAQ ("a key is usable for one year from the day it is redeemed"), loaded
 * from {@code rules.json}, and the engine that applies them to a user's dates and today's date. May
 * import {@code kb}; never an adapter. Non-null throughout.
 */
package org.faqbot.rules;
