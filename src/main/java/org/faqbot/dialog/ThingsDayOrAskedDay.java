package org.faqbot.dialog;

import java.time.LocalDate;
import org.faqbot.nlu.DateMention;
import org.faqbot.nlu.ResolvedDate;
import org.faqbot.rules.DateRule;
import org.faqbot.store.PendingQuestion;

/**
 * Whether the day of an "and <day>?" follow-up after a rule's answer is the day the question asks about ("and on 1 April
 * 2027?" after "is my key still valid?") or a new date of the thing the answer was about ("what about 11 months ago?",
 * "en op 15 maart 2026?" after "I redeemed it 2 years ago"). The day itself says which, so that the same form is read
 * the same way whatever came a turn before: things were redeemed, assigned or renewed on a day that has passed, while a
 * "still possible?" is asked of a day to come, and never of a day before the thing happened.
 */
final class ThingsDayOrAskedDay {

    private ThingsDayOrAskedDay() {
    }

    /**
     * The year of a yearless {@code mention} asked about after a question that named its day: the one in the period since
     * the thing happened ("and on 28 September?" after "assigned on 1 July, can I reassign it on 1 October?" is this
     * year's, as {@link AskedYear} reads it in one message), not the next one; {@code day} otherwise.
     */
    static LocalDate year(DateMention mention, LocalDate day, DateRule rule, PendingQuestion pending, LocalDate today) {
        boolean named = pending.askedDay().filter(PendingQuestion.AskedDay::named).isPresent();
        LocalDate happened = pending.facts().get(pending.awaitedFact());
        if (!named || happened == null || !rule.apply(happened).isAfter(happened)
                || !(mention instanceof ResolvedDate read) || read.yearGiven() || read.relative()) {
            return day;
        }
        return AskedYear.inFactsPeriod(day, happened, today);
    }

    /**
     * Whether {@code day} can be the day asked about after {@code pending}'s answer of {@code rule}, on the user's
     * {@code today}. After a question that named its day ("can I reassign it on 6 December?") a day gone by is asked
     * about too ("and on 5 December?": the same question a day earlier), as long as it is not before the thing happened;
     * after one about today ("can I still use it?") it is a new date of the thing.
     */
    static boolean asked(LocalDate day, DateRule rule, PendingQuestion pending, LocalDate today) {
        boolean named = pending.askedDay().filter(PendingQuestion.AskedDay::named).isPresent();
        if (day.isBefore(today) && !named) {
            return false;
        }
        // Only a fact the rule counts forward from happened before what it allows (a key redeemed, a subscription
        // assigned); a day before a benefit expiry date is just what "can I still redeem on ...?" asks about.
        LocalDate happened = pending.facts().get(pending.awaitedFact());
        return happened == null || !rule.apply(happened).isAfter(happened) || !day.isBefore(happened);
    }
}
