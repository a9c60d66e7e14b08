package org.coiedge.scanner.camera;

import java.awt.image.BufferedImage;

/**
 * A camera as the capture thread sees it: plain blocking calls, used from one thread only.
 * The openpnp-capture adapter and the tests' fake (playing images) implement it.
 */
public interface FrameGrabber {
    /** A stable id: the camera's unique id, or its name when it has none. */
    String id();

    /** Opens the camera; throws with {@code DEVICE_NOT_FOUND} or {@code DEVICE_BUSY} when it cannot. */
    void open() throws CameraException;

    /** The newest frame since the last call, or null when there is none yet; throws when the camera is lost. */
    BufferedImage grab() throws CameraException;

    /** Releases the camera; never throws. */
    void close();
}
