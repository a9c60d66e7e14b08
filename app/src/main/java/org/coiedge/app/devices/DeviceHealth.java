package org.coiedge.app.devices;

/** How a device is, as the status bar colours it. */
public enum DeviceHealth {
    /** Working (green). */
    OK,
    /** Working but needs attention soon, or checking (amber). */
    WARNING,
    /** Not usable until someone acts (red, with the message one tap away). */
    FAULT,
    /** Not yet known (grey): treated as not ready. */
    UNKNOWN
}
