package org.coiedge.scanner.camera;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.coiedge.core.scanner.ScanProblem;

/** A fake camera playing images in a loop, with scripted faults: busy on open, unplugged after N frames. */
final class PlayingGrabber implements FrameGrabber {
    private final List<BufferedImage> frames;
    final AtomicInteger busyOpens = new AtomicInteger();
    final AtomicInteger unplugAfterFrames = new AtomicInteger(-1);
    final AtomicInteger opens = new AtomicInteger();
    private volatile List<BufferedImage> playing;
    private int next;
    private int served;

    PlayingGrabber(List<BufferedImage> frames) {
        this.frames = List.copyOf(frames);
        this.playing = this.frames;
    }

    /** Plays other images from now on (the camera now sees another label). */
    void play(List<BufferedImage> images) {
        playing = List.copyOf(images);
    }

    @Override
    public String id() {
        return "fake-cam";
    }

    @Override
    public void open() throws CameraException {
        if (busyOpens.getAndDecrement() > 0) {
            throw new CameraException(ScanProblem.DEVICE_BUSY, "Camera fake-cam is in use by another program - close it; retrying");
        }
        opens.incrementAndGet();
        served = 0;
    }

    @Override
    public BufferedImage grab() throws CameraException {
        if (unplugAfterFrames.get() >= 0 && served >= unplugAfterFrames.get()) {
            unplugAfterFrames.set(-1);
            throw new CameraException(ScanProblem.READ_FAILED, "Camera fake-cam disconnected - check the cable; reconnecting");
        }
        List<BufferedImage> p = playing;
        served++;
        return p.get(next++ % p.size());
    }

    @Override
    public void close() {
    }
}
