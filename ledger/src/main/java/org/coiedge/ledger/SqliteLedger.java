package org.coiedge.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.ledger.CustodyState;
import org.coiedge.core.ledger.IdentifierBlocks;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.ReferenceDataCache;
import org.coiedge.core.ledger.RemoteEvents;
import org.coiedge.core.ledger.SyncRecords;
import org.coiedge.core.ledger.Verification;
import org.coiedge.ledger.internal.ChainVerifier;
import org.coiedge.ledger.internal.Db;
import org.coiedge.ledger.internal.EventRows;
import org.coiedge.ledger.internal.Nanos;
import org.coiedge.ledger.internal.ReadPool;
import org.coiedge.ledger.internal.Writer;

/**
 * The custody ledger on one SQLite file (WAL, {@code synchronous=FULL}), holding one device's
 * chain. See {@link Ledger} for the threading and durability contract. Only one process may have a
 * ledger file open for writing; a second is refused.
 */
public final class SqliteLedger implements Ledger {
    private static final String EVENTS = "SELECT " + EventRows.COLUMNS + " FROM event e ";

    private final Db db;
    private final Writer writer;
    private final ReadPool reads;
    private final FileLock lock;
    private final SqliteReferenceData referenceData;
    private final SqliteIdentifierBlocks identifierBlocks;
    private final SqliteSyncRecords syncRecords;
    private final SqliteRemoteEvents remoteEvents;
    private final Clock clock;

    private SqliteLedger(Db db, Writer writer, FileLock lock, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.writer = writer;
        this.lock = lock;
        this.reads = new ReadPool(db);
        this.referenceData = new SqliteReferenceData(writer, reads, clock);
        this.identifierBlocks = new SqliteIdentifierBlocks(writer, reads, clock);
        this.syncRecords = new SqliteSyncRecords(writer, reads, clock, db.file());
        this.remoteEvents = new SqliteRemoteEvents(writer, reads, clock);
    }

    /**
     * Opens the ledger at {@code file} for appending as the device {@code signer}, creating it if
     * needed. A ledger belongs to the first device that wrote to it; another device is refused.
     */
    public static SqliteLedger open(Path file, DeviceSigner signer, Clock clock) throws LedgerException {
        return open(file, signer, clock, null);
    }

    /**
     * As {@link #open(Path, DeviceSigner, Clock)}, and records that {@code softwareVersion} (e.g.
     * {@code 0.1.0}) records the events from the next chain position on, when it differs from the
     * version recorded last: the software part of every event's device record.
     */
    public static SqliteLedger open(Path file, DeviceSigner signer, Clock clock, String softwareVersion)
            throws LedgerException {
        Objects.requireNonNull(signer, "signer");
        FileLock lock = lockForWriting(file);
        try {
            Db db = Db.openAndMigrate(file);
            Writer writer = new Writer(db, signer, clock);
            SqliteLedger ledger = new SqliteLedger(db, writer, lock, clock);
            writer.run(c -> DeviceRegistry.register(c, signer, clock, file));
            writer.run(c -> {
                org.coiedge.ledger.internal.DeviceSoftware.record(c, signer, softwareVersion, clock);
                return null;
            });
            return ledger;
        } catch (LedgerException | RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /** Opens an existing ledger to read and verify it; appends are refused. */
    public static SqliteLedger openReadOnly(Path file) throws LedgerException {
        Db db = Db.openExisting(file);
        return new SqliteLedger(db, new Writer(db, null, Clock.systemUTC()), null, Clock.systemUTC());
    }

    private static FileLock lockForWriting(Path file) throws LedgerException {
        Path lockFile = Path.of(file.toAbsolutePath() + ".lock");
        try {
            java.nio.file.Files.createDirectories(lockFile.getParent());
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException sameJvm) {
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new LedgerException(LedgerException.Reason.REFUSED, "Ledger " + file
                        + " is open for writing in another coi-edge process: close that one first");
            }
            return l;
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.STORAGE, "Cannot lock ledger " + file + " ("
                    + e.getMessage() + "): check that the folder is writable", e);
        }
    }

    public ReferenceDataCache referenceData() {
        return referenceData;
    }

    public IdentifierBlocks identifierBlocks() {
        return identifierBlocks;
    }

    /** Other devices' events read from the central chain, for timelines across sites. */
    public RemoteEvents remoteEvents() {
        return remoteEvents;
    }

    @Override
    public List<CustodyEvent> otherDevicesEventsForCoi(CoiId coi) throws LedgerException {
        return remoteEvents.forCoi(coi);
    }

    /** Acknowledgements, quarantined rejections and the outbox, for the sync worker. */
    public SyncRecords syncRecords() {
        return syncRecords;
    }

    @Override
    public CustodyEvent append(EventContent event) throws LedgerException {
        return writer.append(List.of(event)).get(0);
    }

    @Override
    public List<CustodyEvent> appendAll(List<EventContent> events) throws LedgerException {
        return events.isEmpty() ? List.of() : writer.append(events);
    }

    @Override
    public List<CustodyEvent> eventsForCoi(CoiId coi) throws LedgerException {
        return reads.read("read events", c -> EventRows.query(c, EVENTS + "WHERE e.coi = ? ORDER BY e.seq", coi.value()));
    }

    @Override
    public List<CustodyEvent> eventsForDin(Din din) throws LedgerException {
        return reads.read("read events", c -> EventRows.query(c, "SELECT " + EventRows.COLUMNS
                + " FROM event_din d JOIN event e ON e.seq = d.seq WHERE d.din = ? ORDER BY e.seq", din.value()));
    }

    @Override
    public List<CustodyEvent> eventsForPatient(String patientId) throws LedgerException {
        return reads.read("read events", c -> EventRows.query(c, EVENTS
                + "WHERE e.coi IN (SELECT coi FROM event WHERE patient_id = ?) ORDER BY e.seq", patientId));
    }

    @Override
    public List<CustodyEvent> asOf(Instant t) throws LedgerException {
        return reads.read("read events", c -> EventRows.query(c, EVENTS
                + "WHERE e.recorded_at <= ? ORDER BY e.seq", Nanos.of(t)));
    }

    @Override
    public List<CustodyEvent> eventsForCoiAsOf(CoiId coi, Instant t) throws LedgerException {
        return reads.read("read events", c -> EventRows.query(c, EVENTS
                + "WHERE e.coi = ? AND e.recorded_at <= ? ORDER BY e.seq", coi.value(), Nanos.of(t)));
    }

    @Override
    public CustodyState custodyState(CoiId coi, Instant validAt, Instant knownAt) throws LedgerException {
        return CustodyState.derive(coi, eventsForCoiAsOf(coi, knownAt), validAt, knownAt);
    }

    @Override
    public List<CustodyEvent> outbox(int max) throws LedgerException {
        return syncRecords.pending(max);
    }

    @Override
    public void acknowledge(UUID eventId, long serverSequence, Instant acknowledgedAt) throws LedgerException {
        writer.run(c -> {
            Acknowledgements.store(c, eventId, serverSequence, acknowledgedAt, clock, db.file());
            SqliteSyncRecords.advanceCursor(c);
            return null;
        });
    }

    @Override
    public long size() throws LedgerException {
        return reads.read("count events", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM event");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The coi-edge version that recorded chain position {@code seq}; empty for events before versions were recorded. */
    @Override
    public java.util.Optional<String> softwareAt(long seq) throws LedgerException {
        return reads.read("read the software record", c -> org.coiedge.ledger.internal.DeviceSoftware.at(c, seq));
    }

    @Override
    public Verification verify() throws LedgerException {
        return reads.read("verify the chain", ChainVerifier::verify);
    }

    /**
     * Checks every link and hash but only the newest event's device signature, which vouches for
     * the whole chain through the previous hashes; see {@link ChainVerifier#verify(java.sql.Connection, boolean)}.
     */
    public Verification verifyHeadSignature() throws LedgerException {
        return reads.read("verify the chain", c -> ChainVerifier.verify(c, false));
    }

    @Override
    public void close() {
        writer.close();
        reads.close();
        release(lock);
    }

    private static void release(FileLock l) {
        if (l == null) {
            return;
        }
        try {
            l.release();
            l.channel().close();
        } catch (IOException ignored) {
            // the OS drops the lock when the process ends anyway
        }
    }
}
