package org.coiedge.app.kiosk;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.devices.DeviceState;
import org.coiedge.app.devices.scanner.ScannerHub;
import org.coiedge.scanner.camera.CameraException;
import org.coiedge.scanner.camera.CameraScanSource;
import org.coiedge.scanner.camera.CameraSettings;
import org.coiedge.scanner.camera.FrameGrabber;
import org.coiedge.scanner.camera.OpenPnpFrameGrabber;
import org.coiedge.scanner.image.ImageDecoder;

/**
 * Finds the configured camera through openpnp-capture and adds it to the scanners. A machine
 * without a camera, or without the native capture library, simply has none: that is not a fault.
 */
public final class Cameras {
    /** A camera scan source and the latest frame it saw (for the administrator's live preview). */
    public record Camera(CameraScanSource source, PreviewingGrabber frames) {
    }

    private static final AtomicReference<Camera> CURRENT = new AtomicReference<>();

    private Cameras() {
    }

    /** The camera added at start, if any. */
    public static Optional<Camera> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void addFirst(KioskConfig.CameraChoice choice, ScannerHub hub, Clock clock) {
        if (choice.mode() == KioskConfig.CameraChoice.Mode.NONE) {
            return;
        }
        try {
            org.openpnp.capture.OpenPnpCapture capture = new org.openpnp.capture.OpenPnpCapture();
            List<String[]> cameras = OpenPnpFrameGrabber.list(capture);
            int index = choice.mode() == KioskConfig.CameraChoice.Mode.FIRST ? 0 : choice.index();
            if (cameras.size() <= index) {
                return;
            }
            add(new OpenPnpFrameGrabber(capture, cameras.get(index)[0]), "Camera " + cameras.get(index)[1], hub, clock);
        } catch (Exception | LinkageError e) {
            // No camera support on this machine: the kiosk runs with its other scanners.
        }
    }

    /** Adds a camera from any frame grabber (tests play images through one). */
    public static Camera add(FrameGrabber grabber, String name, ScannerHub hub, Clock clock) {
        PreviewingGrabber frames = new PreviewingGrabber(grabber);
        CameraScanSource source = new CameraScanSource(frames, CameraSettings.defaults(), new ImageDecoder(), clock);
        hub.add(source, name, DeviceState.Kind.CAMERA);
        Camera c = new Camera(source, frames);
        CURRENT.set(c);
        return c;
    }

    /** Passes frames through and keeps the latest for a preview. Used from the capture thread; {@link #latest} from any. */
    public static final class PreviewingGrabber implements FrameGrabber {
        private final FrameGrabber delegate;
        private final AtomicReference<BufferedImage> latest = new AtomicReference<>();

        PreviewingGrabber(FrameGrabber delegate) {
            this.delegate = Objects.requireNonNull(delegate, "delegate");
        }

        public Optional<BufferedImage> latest() {
            return Optional.ofNullable(latest.get());
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public void open() throws CameraException {
            delegate.open();
        }

        @Override
        public BufferedImage grab() throws CameraException {
            BufferedImage frame = delegate.grab();
            if (frame != null) {
                latest.set(frame);
            }
            return frame;
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
