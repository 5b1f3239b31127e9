package org.faqbot.store;

import static org.faqbot.store.Fixtures.LEAP_DAY;
import static org.faqbot.store.Fixtures.NEW_YEAR;
import static org.faqbot.store.Fixtures.T0;
import static org.faqbot.store.Fixtures.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ProfileStore} does; run per backend by the {@code *StoresTest} classes. */
abstract class ProfileStoreContract {

    protected abstract Stores stores();

    private ProfileStore store() {
        return stores().profiles();
    }

    @Test
    void factsComeBackOrderedByFactName() {
        ProfileFact redeemed = new ProfileFact("u1", "redeemed_on", LEAP_DAY, T0);
        ProfileFact expiry = new ProfileFact("u1", "benefit_expiry", NEW_YEAR, minutes(1));

        store().save(redeemed);
        store().save(expiry);

        assertEquals(List.of(expiry, redeemed), store().facts("u1"));
    }

    @Test
    void savingAFactAgainReplacesOnlyThatFact() {
        ProfileFact expiry = new ProfileFact("u1", "benefit_expiry", NEW_YEAR, T0);
        ProfileFact redeemed = new ProfileFact("u1", "redeemed_on", LEAP_DAY, T0);
        ProfileFact newExpiry = new ProfileFact("u1", "benefit_expiry", LEAP_DAY, minutes(5));
        store().save(expiry);
        store().save(redeemed);

        store().save(newExpiry);

        assertEquals(List.of(newExpiry, redeemed), store().facts("u1"));
    }

    @Test
    void unknownUserHasNoFacts() {
        assertEquals(List.of(), store().facts("nobody"));
    }

    @Test
    void deleteUserRemovesOnlyThatUsersFactsAndCountsThem() {
        store().save(new ProfileFact("u1", "benefit_expiry", NEW_YEAR, T0));
        store().save(new ProfileFact("u1", "redeemed_on", LEAP_DAY, T0));
        ProfileFact other = new ProfileFact("u2", "benefit_expiry", NEW_YEAR, T0);
        store().save(other);

        int deleted = store().deleteUser("u1");

        assertEquals(2, deleted);
        assertEquals(List.of(), store().facts("u1"));
        assertEquals(List.of(other), store().facts("u2"));
    }

    @Test
    void deleteFactRemovesOnlyThatFactOfThatUser() {
        ProfileFact expiry = new ProfileFact("u1", "benefit_expiry", NEW_YEAR, T0);
        store().save(expiry);
        store().save(new ProfileFact("u1", "redeemed_on", LEAP_DAY, T0));
        ProfileFact other = new ProfileFact("u2", "redeemed_on", LEAP_DAY, T0);
        store().save(other);

        assertEquals(true, store().deleteFact("u1", "redeemed_on"));
        assertEquals(false, store().deleteFact("u1", "redeemed_on"));

        assertEquals(List.of(expiry), store().facts("u1"));
        assertEquals(List.of(other), store().facts("u2"));
    }
}
