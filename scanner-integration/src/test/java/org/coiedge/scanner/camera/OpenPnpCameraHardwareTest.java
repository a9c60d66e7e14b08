package org.coiedge.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpnp.capture.OpenPnpCapture;

/** Needs a real camera: run with {@code -Dgroups=hardware}. */
@Tag("hardware")
class OpenPnpCameraHardwareTest {
    @Test
    void firstCameraOpensAndDeliversAFrameNearHd() throws Exception {
        OpenPnpCapture capture = new OpenPnpCapture();
        try {
            List<String[]> cameras = OpenPnpFrameGrabber.list(capture);
            assertThat(cameras).as("cameras attached").isNotEmpty();
            OpenPnpFrameGrabber grabber = new OpenPnpFrameGrabber(capture, cameras.get(0)[0]);
            grabber.open();
            BufferedImage frame = null;
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (frame == null && System.nanoTime() < deadline) {
                frame = grabber.grab();
            }
            grabber.close();
            assertThat(frame).isNotNull();
            assertThat(frame.getWidth()).isGreaterThan(0);
        } finally {
            capture.close();
        }
    }
}
