package org.faqbot.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rule engine's arithmetic is java.time's arithmetic, for any date and any rule. */
class DateRulePropertyTest {

    private static final RuleBook BOOK = RuleBook.standard();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(0, ChronoUnit.DAYS.between(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31)))
                .map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
    }

    @Provide
    Arbitrary<DateRule> rules() {
        return Arbitraries.of(BOOK.rules());
    }

    @Property(tries = 2000)
    void resultIsTheFactPlusThePeriod(@ForAll("rules") DateRule rule, @ForAll("dates") LocalDate fact) {
        assertEquals(fact.plus(rule.spec().period()), Evaluation.of(rule, fact, fact).result());
    }

    @Property(tries = 2000)
    void untilRulesAllowUpToTheResultAndFromRulesFromIt(@ForAll("rules") DateRule rule, @ForAll("dates") LocalDate fact,
            @ForAll("dates") LocalDate today) {
        LocalDate result = fact.plus(rule.spec().period());
        boolean expected = rule instanceof UntilRule ? !today.isAfter(result) : !today.isBefore(result);

        assertEquals(expected, Evaluation.of(rule, fact, today).allowed());
    }

    @Property(tries = 2000)
    void daysFromTodayIsTheCalendarDistance(@ForAll("rules") DateRule rule, @ForAll("dates") LocalDate fact,
            @ForAll("dates") LocalDate today) {
        assertEquals(ChronoUnit.DAYS.between(today, fact.plus(rule.spec().period())), Evaluation.of(rule, fact, today).daysFromToday());
    }
}
