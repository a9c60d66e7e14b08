package org.coiedge.ledger.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.UuidV7Generator;
import org.coiedge.core.ledger.LedgerException;

/**
 * The ledger's one writer thread ({@code coi-edge-ledger-writer}) and its connection. Callers
 * submit work and block until the transaction that carried it has committed. Work that queues up
 * while a commit is being synced goes into the next transaction together (group commit); the
 * events of one batch are chained in order and then signed in parallel. Thread-safe.
 */
public final class Writer implements AutoCloseable {
    /** Work done inside the writer's transaction. Throwing rolls back only this task. */
    public interface Task<T> {
        T run(Connection c) throws SQLException, LedgerException;
    }

    private static final int MAX_BATCH = 256;

    private final Db db;
    private final Connection conn;
    private final EventRows rows;
    private final Sealer sealer;
    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean open = true;

    public Writer(Db db, DeviceSigner signer, Clock clock) throws LedgerException {
        this.db = db;
        this.conn = db.connect(false);
        try {
            conn.setAutoCommit(false);
            this.rows = new EventRows(conn);
            this.sealer = new Sealer(signer, new UuidV7Generator(clock), clock, rows.head());
            conn.rollback(); // end the read, so no snapshot is held open while the writer is idle
        } catch (SQLException e) {
            throw db.storage("read the chain head", e);
        }
        thread = new Thread(this::loop, "coi-edge-ledger-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Appends events as the next links of the chain; returns once they are durable. */
    public List<CustodyEvent> append(List<EventContent> events) throws LedgerException {
        if (!sealer.canSign()) {
            throw new LedgerException(LedgerException.Reason.REFUSED,
                    "Ledger " + db.file() + " was opened without a device key: it can be read but not appended to");
        }
        @SuppressWarnings("unchecked")
        List<CustodyEvent> out = (List<CustodyEvent>) await(new Job(null, List.copyOf(events)));
        return out;
    }

    /** Runs a task in the writer's transaction; returns once it is durable. */
    @SuppressWarnings("unchecked")
    public <T> T run(Task<T> task) throws LedgerException {
        return (T) await(new Job(task, null));
    }

    private Object await(Job job) throws LedgerException {
        if (!open || !thread.isAlive()) {
            throw new LedgerException(LedgerException.Reason.CLOSED, "The ledger " + db.file() + " is closed");
        }
        queue.add(job);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    // Wait even when interrupted: the write may still commit, and the caller must know.
                    return job.done.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof LedgerException) {
                        LedgerException le = (LedgerException) e.getCause();
                        throw new LedgerException(le.reason(), le.getMessage(), le);
                    }
                    throw new LedgerException(LedgerException.Reason.STORAGE,
                            "Ledger " + db.file() + ": write failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        List<Job> batch = new ArrayList<>();
        while (true) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            boolean stop = batch.removeIf(j -> j.poison);
            if (!batch.isEmpty()) {
                runBatch(batch);
            }
            if (stop) {
                return;
            }
        }
    }

    private void runBatch(List<Job> batch) {
        Sealer.Head start = sealer.head();
        try {
            List<Sealer.Pending> pending = new ArrayList<>();
            for (Job j : batch) {
                if (j.appends != null) {
                    j.sealed = sealer.chain(j.appends);
                    pending.addAll(j.sealed);
                }
            }
            sealer.sign(pending);
            for (Job j : batch) {
                if (j.appends != null) {
                    List<CustodyEvent> events = new ArrayList<>();
                    for (Sealer.Pending p : j.sealed) {
                        events.add(rows.insert(p));
                    }
                    j.result = events;
                } else {
                    runTask(j);
                }
            }
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            sealer.reset(start);
            LedgerException failure = e instanceof SQLException ? db.storage("record events", (SQLException) e)
                    : new LedgerException(LedgerException.Reason.STORAGE, "Ledger " + db.file()
                            + ": cannot record events (" + e + ")", e);
            batch.forEach(j -> j.done.completeExceptionally(failure));
            return;
        }
        for (Job j : batch) {
            if (j.failure != null) {
                j.done.completeExceptionally(j.failure);
            } else {
                j.done.complete(j.result);
            }
        }
    }

    private void runTask(Job j) throws SQLException {
        Savepoint sp = conn.setSavepoint();
        try {
            j.result = j.task.run(conn);
            conn.releaseSavepoint(sp);
        } catch (LedgerException e) {
            conn.rollback(sp);
            j.failure = e;
        } catch (SQLException e) {
            conn.rollback(sp);
            j.failure = db.storage("write", e);
        }
    }

    private void rollbackQuietly() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the batch already failed; its callers are told
        }
    }

    /** The time of the last recorded event, or null when the chain is empty. */
    public Instant lastRecordedAt() {
        return sealer.head().recordedAt();
    }

    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        queue.add(Job.POISON);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sealer.close();
        try {
            conn.rollback();
            conn.close();
        } catch (SQLException ignored) {
            // nothing is pending: every job was committed or failed before the poison pill
        }
    }

    private static final class Job {
        static final Job POISON = new Job(null, null, true);
        final Task<?> task;
        final List<EventContent> appends;
        final boolean poison;
        final CompletableFuture<Object> done = new CompletableFuture<>();
        List<Sealer.Pending> sealed;
        Object result;
        LedgerException failure;

        Job(Task<?> task, List<EventContent> appends) {
            this(task, appends, false);
        }

        private Job(Task<?> task, List<EventContent> appends, boolean poison) {
            this.task = task;
            this.appends = appends;
            this.poison = poison;
        }
    }
}
