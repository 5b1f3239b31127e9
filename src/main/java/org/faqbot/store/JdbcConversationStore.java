package org.faqbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.faqbot.kb.Lang;

/** Conversation state in table {@code conversation_state}; the pending question and the recent turns are JSON columns. */
public final class JdbcConversationStore implements ConversationStore {

    private static final String FIND =
            "SELECT conversation_id, lang_choice, pending_json, recent_json, updated_at FROM conversation_state WHERE conversation_id = ?";
    private static final String UPDATE =
            "UPDATE conversation_state SET lang_choice = ?, pending_json = ?, recent_json = ?, updated_at = ? WHERE conversation_id = ?";
    private static final String INSERT =
            "INSERT INTO conversation_state (lang_choice, pending_json, recent_json, updated_at, conversation_id) VALUES (?, ?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM conversation_state WHERE conversation_id = ?";
    private static final String DELETE_EXPIRED =
            "DELETE FROM conversation_state WHERE lang_choice IS NULL AND updated_at < ?";
    private static final String CLEAR_EXPIRED = "UPDATE conversation_state SET pending_json = NULL, recent_json = NULL"
            + " WHERE (pending_json IS NOT NULL OR recent_json IS NOT NULL) AND updated_at < ?";

    private final Jdbc jdbc;
    private final JsonColumns json;

    JdbcConversationStore(Jdbc jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ConversationState> find(String conversationId) {
        return jdbc.call("find conversation", c -> Sql.query(
                c, FIND, s -> s.setString(1, conversationId), this::state).stream().findFirst());
    }

    @Override
    public void save(ConversationState state) {
        jdbc.call("save conversation", c -> {
            Sql.upsert(c, UPDATE, INSERT, s -> bind(s, state));
            return null;
        });
    }

    @Override
    public void delete(String conversationId) {
        jdbc.call("delete conversation", c -> Sql.update(c, DELETE, s -> s.setString(1, conversationId)));
    }

    @Override
    public int purgeExpired(java.time.Instant cutoff) {
        return jdbc.call("purge expired conversations", c -> Sql.update(c, DELETE_EXPIRED, s -> Columns.setInstant(s, 1, cutoff))
                + Sql.update(c, CLEAR_EXPIRED, s -> Columns.setInstant(s, 1, cutoff)));
    }

    private void bind(PreparedStatement statement, ConversationState state) throws SQLException {
        statement.setString(1, state.langChoice().map(Lang::code).orElse(null));
        statement.setString(2, state.pending().map(json::write).orElse(null));
        statement.setString(3, state.recent().holdsNothing() ? null : json.write(state.recent()));
        Columns.setInstant(statement, 4, state.updatedAt());
        statement.setString(5, state.conversationId());
    }

    private ConversationState state(ResultSet row) throws SQLException {
        String id = row.getString("conversation_id");
        String lang = row.getString("lang_choice");
        String pending = row.getString("pending_json");
        String recent = row.getString("recent_json");
        return new ConversationState(
                id,
                lang == null ? Optional.empty() : Optional.of(Columns.lang(row, "lang_choice")),
                pending == null ? Optional.empty() : json.pending(id, pending),
                recent == null ? RecentTurns.NONE : json.recent(id, recent),
                Columns.instant(row, "updated_at"));
    }
}
