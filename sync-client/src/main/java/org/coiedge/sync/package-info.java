/**
 * The OkHttp client of the central chain API (contract: OpenAPI 3.1, path {@code /v1}): uploads the
 * ledger's outbox, pulls reference data, leases identifier blocks and measures clock skew. It
 * implements {@link org.coiedge.core.sync.SyncMonitor} for the kiosk's status bar.
 */
package org.coiedge.sync;
