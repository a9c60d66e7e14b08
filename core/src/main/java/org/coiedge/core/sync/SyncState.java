package org.coiedge.core.sync;

/** What the sync worker is doing, as the kiosk's status bar shows it. */
public enum SyncState {
    /** No central system is configured (demo mode, or a stand-alone site). */
    NOT_CONFIGURED,
    /** Configured and caught up, or waiting for the next round. */
    IDLE,
    /** Uploading or pulling right now. */
    SYNCING,
    /** The central system cannot be reached; work continues and sync catches up later. */
    OFFLINE,
    /** The central system refused the device's credentials (401/403); sync has stopped until an administrator acts. */
    AUTH_FAILED
}
