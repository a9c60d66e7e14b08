package org.coiedge.scanner.camera;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.coiedge.scanner.image.DecodedSymbol;
import org.coiedge.scanner.image.FrameDecoder;
import org.coiedge.scanner.image.ImageDecoder;

/**
 * Decodes the latest frame on its own thread, at most once per interval; frames offered in
 * between replace each other (the latest wins). Results go to a queue the capture thread drains.
 * Consecutive frames go through one {@link FrameDecoder}, so a symbol's last region is looked at
 * first; each decoded frame is offered to the frame dump (which does nothing unless it is on).
 */
final class DecodeWorker implements Runnable {
    private final FrameDecoder decoder;
    private final FrameDumper dumper;
    private final long intervalNanos;
    private final AtomicReference<BufferedImage> latest = new AtomicReference<>();
    private final BlockingQueue<List<DecodedSymbol>> results = new LinkedBlockingQueue<>();
    private final Object signal = new Object();
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong decoded = new AtomicLong();
    private volatile boolean stopped;

    DecodeWorker(ImageDecoder decoder, long intervalNanos, FrameDumper dumper) {
        this.decoder = decoder.session();
        this.dumper = dumper;
        this.intervalNanos = intervalNanos;
    }

    void offer(BufferedImage frame) {
        offered.incrementAndGet();
        latest.set(frame);
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    BlockingQueue<List<DecodedSymbol>> results() {
        return results;
    }

    long framesOffered() {
        return offered.get();
    }

    long framesDecoded() {
        return decoded.get();
    }

    void stop() {
        stopped = true;
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    @Override
    public void run() {
        long lastDecode = System.nanoTime() - intervalNanos;
        while (!stopped) {
            BufferedImage frame;
            synchronized (signal) {
                long wait = lastDecode + intervalNanos - System.nanoTime();
                if (latest.get() == null || wait > 0) {
                    try {
                        signal.wait(latest.get() == null ? 50 : Math.max(1, wait / 1_000_000L));
                    } catch (InterruptedException e) {
                        return;
                    }
                    continue;
                }
                frame = latest.getAndSet(null);
            }
            lastDecode = System.nanoTime();
            List<DecodedSymbol> symbols;
            try {
                symbols = decoder.decode(frame);
            } catch (RuntimeException e) {
                // A frame ZXing chokes on is a frame without symbols; the next one may read.
                symbols = List.of();
            }
            dumper.offer(frame, symbols.size());
            results.add(symbols);
            decoded.incrementAndGet();
        }
    }
}
