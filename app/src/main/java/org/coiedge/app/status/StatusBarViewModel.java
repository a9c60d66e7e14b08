package org.coiedge.app.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.devices.DeviceHealth;
import org.coiedge.app.devices.DeviceState;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.core.sync.SyncStatus;

/**
 * The status bar's model: site, local time with zone and UTC, one indicator per printer and
 * scanner, sync state with pending count and last success, and the offline flag. Device and sync
 * changes arrive on their own threads and are handed to the UI thread by the caller; every method
 * here runs on the UI thread.
 */
public final class StatusBarViewModel {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm:ss zzz");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm");

    private final KioskConfig.Site site;
    private final Clock clock;
    private final Messages m;
    private final StringProperty siteText = new SimpleStringProperty();
    private final StringProperty localTime = new SimpleStringProperty();
    private final StringProperty utcTime = new SimpleStringProperty();
    private final ObservableList<DeviceState> devices = FXCollections.observableArrayList();
    /** One read-only view, kept: a new view per call would hold listeners only weakly. */
    private final ObservableList<DeviceState> devicesView = FXCollections.unmodifiableObservableList(devices);
    private final StringProperty syncText = new SimpleStringProperty();
    private final ObjectProperty<DeviceHealth> syncHealth = new SimpleObjectProperty<>(DeviceHealth.UNKNOWN);
    private final StringProperty syncDetail = new SimpleStringProperty("");
    private final BooleanProperty offline = new SimpleBooleanProperty();

    public StatusBarViewModel(KioskConfig.Site site, Clock clock, Messages messages) {
        this.site = Objects.requireNonNull(site, "site");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.m = Objects.requireNonNull(messages, "messages");
        siteText.set(site.name() + " \u00b7 FIN " + site.fin().value());
        tick();
    }

    /** Updates the clock (once a second). */
    public void tick() {
        Instant now = clock.instant();
        localTime.set(LOCAL.format(now.atZone(site.zone())));
        utcTime.set(UTC.format(now));
    }

    /** A device's new state: replaces the indicator with the same id, or adds one. */
    public void device(DeviceState s) {
        for (int i = 0; i < devices.size(); i++) {
            if (devices.get(i).id().equals(s.id())) {
                devices.set(i, s);
                return;
            }
        }
        devices.add(s);
    }

    /** The sync worker's new status. */
    public void sync(SyncStatus s) {
        String last = s.lastSuccess().map(t -> SHORT.format(t.atZone(site.zone()))).orElse(m.get("sync.never"));
        switch (s.state()) {
            case NOT_CONFIGURED:
                syncText.set(m.get("sync.notConfigured", s.pendingCount()));
                syncHealth.set(DeviceHealth.UNKNOWN);
                break;
            case IDLE:
                syncText.set(m.get("sync.idle", s.pendingCount(), last));
                syncHealth.set(s.rejectedCount() > 0 || s.skewExceeded() ? DeviceHealth.WARNING : DeviceHealth.OK);
                break;
            case SYNCING:
                syncText.set(m.get("sync.syncing", s.pendingCount(), last));
                syncHealth.set(DeviceHealth.OK);
                break;
            case OFFLINE:
                syncText.set(m.get("sync.offline", s.pendingCount(), last));
                syncHealth.set(DeviceHealth.WARNING);
                break;
            default:
                syncText.set(m.get("sync.authFailed", s.pendingCount()));
                syncHealth.set(DeviceHealth.FAULT);
                break;
        }
        offline.set(s.state() == org.coiedge.core.sync.SyncState.OFFLINE);
        syncDetail.set(s.lastError().orElse(syncText.get()));
    }

    public ReadOnlyStringProperty siteText() {
        return siteText;
    }

    public ReadOnlyStringProperty localTime() {
        return localTime;
    }

    public ReadOnlyStringProperty utcTime() {
        return utcTime;
    }

    public ObservableList<DeviceState> devices() {
        return devicesView;
    }

    public ReadOnlyStringProperty syncText() {
        return syncText;
    }

    public ReadOnlyObjectProperty<DeviceHealth> syncHealth() {
        return syncHealth;
    }

    public ReadOnlyStringProperty syncDetail() {
        return syncDetail;
    }

    public ReadOnlyBooleanProperty offline() {
        return offline;
    }
}
