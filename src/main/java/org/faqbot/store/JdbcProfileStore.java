package org.faqbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Profile facts in table {@code profile_fact}, keyed by user and fact name. */
public final class JdbcProfileStore implements ProfileStore {

    private static final String FACTS =
            "SELECT user_id, fact, fact_date, saved_at FROM profile_fact WHERE user_id = ? ORDER BY fact";
    private static final String UPDATE = "UPDATE profile_fact SET fact_date = ?, saved_at = ? WHERE user_id = ? AND fact = ?";
    private static final String INSERT = "INSERT INTO profile_fact (fact_date, saved_at, user_id, fact) VALUES (?, ?, ?, ?)";
    private static final String DELETE_FACT = "DELETE FROM profile_fact WHERE user_id = ? AND fact = ?";
    private static final String DELETE_USER = "DELETE FROM profile_fact WHERE user_id = ?";

    private final Jdbc jdbc;

    JdbcProfileStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProfileFact> facts(String userId) {
        return jdbc.call("read profile", c -> Sql.query(c, FACTS, s -> s.setString(1, userId), JdbcProfileStore::fact));
    }

    @Override
    public void save(ProfileFact fact) {
        jdbc.call("save profile fact " + fact.fact(), c -> {
            Sql.upsert(c, UPDATE, INSERT, s -> {
                Columns.setDate(s, 1, fact.date());
                Columns.setInstant(s, 2, fact.savedAt());
                s.setString(3, fact.userId());
                s.setString(4, fact.fact());
            });
            return null;
        });
    }

    @Override
    public boolean deleteFact(String userId, String fact) {
        return jdbc.call("delete profile fact " + fact, c -> Sql.update(c, DELETE_FACT, s -> {
            s.setString(1, userId);
            s.setString(2, fact);
        })) > 0;
    }

    @Override
    public int deleteUser(String userId) {
        return jdbc.call("delete profile", c -> Sql.update(c, DELETE_USER, s -> s.setString(1, userId)));
    }

    private static ProfileFact fact(ResultSet row) throws SQLException {
        return new ProfileFact(
                row.getString("user_id"), row.getString("fact"), Columns.date(row, "fact_date"), Columns.instant(row, "saved_at"));
    }
}
