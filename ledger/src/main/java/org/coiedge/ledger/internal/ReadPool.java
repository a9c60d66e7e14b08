package org.coiedge.ledger.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.coiedge.core.ledger.LedgerException;

/**
 * Read-only connections for queries, reused. In WAL mode each statement reads a consistent
 * snapshot that never includes a half-committed write. Thread-safe.
 */
public final class ReadPool implements AutoCloseable {
    private static final int SIZE = 4;
    private final Db db;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(SIZE);
    private volatile boolean closed;

    public ReadPool(Db db) {
        this.db = db;
    }

    /** Something to do with a read connection. */
    public interface Query<T> {
        T run(Connection c) throws SQLException, LedgerException;
    }

    public <T> T read(String action, Query<T> q) throws LedgerException {
        if (closed) {
            throw new LedgerException(LedgerException.Reason.CLOSED, "The ledger " + db.file() + " is closed");
        }
        Connection c = idle.poll();
        if (c == null) {
            c = db.connect(true);
        }
        try {
            T result = q.run(c);
            if (closed || !idle.offer(c)) {
                c.close();
            }
            return result;
        } catch (SQLException e) {
            closeQuietly(c);
            throw db.storage(action, e);
        } catch (RuntimeException | LedgerException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the connection is being dropped anyway
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            closeQuietly(c);
        }
    }
}
