/** The sync port: what the kiosk needs to know about sync with the central chain, free of HTTP types. */
package org.coiedge.core.sync;
