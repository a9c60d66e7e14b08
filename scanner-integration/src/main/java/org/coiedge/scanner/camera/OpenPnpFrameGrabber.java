package org.coiedge.scanner.camera;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.scanner.ScanProblem;
import org.openpnp.capture.CaptureDevice;
import org.openpnp.capture.CaptureFormat;
import org.openpnp.capture.CaptureStream;
import org.openpnp.capture.OpenPnpCapture;

/**
 * A real camera through openpnp-capture, found by its stable id ({@link VideoFormat#stableId}),
 * streaming the format nearest 1280x720. A camera that delivers no frame for a while and is no
 * longer listed counts as unplugged. Untested without a camera (see the hardware-tagged test).
 */
public final class OpenPnpFrameGrabber implements FrameGrabber {
    private static final long SILENT_CHECK_NANOS = 3_000_000_000L;

    private final OpenPnpCapture capture;
    private final String id;
    private CaptureStream stream;
    private long lastFrame;

    public OpenPnpFrameGrabber(OpenPnpCapture capture, String stableId) {
        this.capture = Objects.requireNonNull(capture, "capture");
        this.id = Objects.requireNonNull(stableId, "stableId");
    }

    /** The cameras present now: stable id and name. */
    public static List<String[]> list(OpenPnpCapture capture) {
        List<String[]> out = new ArrayList<>();
        for (CaptureDevice d : capture.getDevices()) {
            out.add(new String[] {VideoFormat.stableId(d.getUniqueId(), d.getName()), d.getName()});
        }
        return out;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void open() throws CameraException {
        CaptureDevice device = find().orElseThrow(() -> new CameraException(ScanProblem.DEVICE_NOT_FOUND,
                "Camera " + id + " not found - plug it in; retrying"));
        List<CaptureFormat> formats = device.getFormats();
        List<VideoFormat> offered = new ArrayList<>();
        for (CaptureFormat f : formats) {
            offered.add(new VideoFormat(f.getFormatInfo().width, f.getFormatInfo().height, f.getFormatInfo().fps));
        }
        int choice = VideoFormat.nearest(offered, VideoFormat.PREFERRED);
        if (choice < 0) {
            throw new CameraException(ScanProblem.SETTINGS_REJECTED, "Camera " + id + " offers no video format - try another camera");
        }
        stream = device.openStream(formats.get(choice));
        if (stream == null) {
            throw new CameraException(ScanProblem.DEVICE_BUSY, "Camera " + id + " is in use by another program - close it; retrying");
        }
        lastFrame = System.nanoTime();
    }

    @Override
    public BufferedImage grab() throws CameraException {
        if (stream.hasNewFrame()) {
            try {
                BufferedImage frame = stream.capture();
                lastFrame = System.nanoTime();
                return frame;
            } catch (Exception e) {
                throw new CameraException(ScanProblem.READ_FAILED, "Camera " + id + " stopped delivering pictures - check the cable; reconnecting");
            }
        }
        if (System.nanoTime() - lastFrame > SILENT_CHECK_NANOS) {
            lastFrame = System.nanoTime();
            if (find().isEmpty()) {
                throw new CameraException(ScanProblem.READ_FAILED, "Camera " + id + " disconnected - check the cable; reconnecting");
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (RuntimeException e) {
                // A stream of an unplugged camera may fail to close; nothing is left to release.
            }
            stream = null;
        }
    }

    private Optional<CaptureDevice> find() {
        for (CaptureDevice d : capture.getDevices()) {
            if (id.equals(VideoFormat.stableId(d.getUniqueId(), d.getName()))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
