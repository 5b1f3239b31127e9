package org.faqbot.store;

import java.util.List;

/** The dates users asked the bot to remember, one per user and fact name. Thread-safe. */
public interface ProfileStore {

    /** The user's facts, ordered by fact name. */
    List<ProfileFact> facts(String userId);

    /** Stores the fact, replacing an earlier one with the same user and fact name. */
    void save(ProfileFact fact);

    /** Deletes one fact of the user; false when there was none. */
    boolean deleteFact(String userId, String fact);

    /** Deletes all facts of the user; returns how many there were. */
    int deleteUser(String userId);
}
