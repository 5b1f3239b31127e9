package org.faqbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes "answered" marks of the update journal on a connection of their own, many marks per commit.
 * The time between Telegram taking an answer and the journal recording it is the time in which a crash
 * makes the bot answer again; on the shared pool a mark waited behind every other write of a burst
 * (conversations, the question log, new updates), tens of milliseconds. Here it waits at most for the
 * commit in progress, and marks that arrive meanwhile share the next one (group commit).
 * {@link #mark} returns once its mark is committed. Thread-safe; {@link #close} stops the writer.
 */
final class AnswerMarks implements AutoCloseable {

    private static final String ANSWER = "UPDATE update_journal SET answered_at = ? WHERE update_id = ? AND answered_at IS NULL";

    private static final Logger LOG = LoggerFactory.getLogger(AnswerMarks.class);

    private final Jdbc jdbc;
    private final BlockingQueue<Mark> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    private record Mark(long updateId, Instant at, CompletableFuture<Void> done) {
    }

    AnswerMarks(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.writer = new Thread(this::run, "journal-marks");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Marks an update answered and waits until that is committed.
     *
     * @throws StoreException when the commit fails
     */
    void mark(long updateId, Instant at) {
        Mark mark = new Mark(updateId, at, new CompletableFuture<>());
        queue.add(mark);
        if (closed) {
            failQueued();
        }
        try {
            mark.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("could not mark update " + updateId + " answered: interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new StoreException("could not mark update " + updateId + " answered", e.getCause());
        }
    }

    private void run() {
        // The first commit of a process loads and prepares everything it needs; do it before any answer waits on it.
        write(List.of(new Mark(-1, Instant.EPOCH, new CompletableFuture<>())));
        List<Mark> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch);
            write(batch);
            batch.clear();
        }
        failQueued();
    }

    /** Fails the marks nobody will write any more, so that no caller waits for them after a stop. */
    private void failQueued() {
        List<Mark> left = new ArrayList<>();
        queue.drainTo(left);
        StoreException stopped = new StoreException("could not mark updates answered: the journal is closed", null);
        left.forEach(m -> m.done().completeExceptionally(stopped));
    }

    private void write(List<Mark> batch) {
        try {
            long started = System.nanoTime();
            jdbc.inTransaction("mark " + batch.size() + " updates answered", c -> update(c, batch));
            LOG.debug("{} answered marks committed in {} us", batch.size(), (System.nanoTime() - started) / 1000);
            batch.forEach(m -> m.done().complete(null));
        } catch (RuntimeException e) {
            batch.forEach(m -> m.done().completeExceptionally(e));
        }
    }

    private static Void update(Connection connection, List<Mark> batch) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ANSWER)) {
            for (Mark mark : batch) {
                Columns.setInstant(statement, 1, mark.at());
                statement.setLong(2, mark.updateId());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        return null;
    }

    /** Marks one update answered on {@code c}, in its transaction; returns 0 when it was answered already or is unknown. */
    static int mark(Connection connection, long updateId, Instant at) throws SQLException {
        return Sql.update(connection, ANSWER, s -> {
            Columns.setInstant(s, 1, at);
            s.setLong(2, updateId);
        });
    }

    @Override
    public void close() {
        closed = true;
        writer.interrupt();
    }
}
