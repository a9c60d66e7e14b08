package org.coiedge.app.kiosk.scan;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * Synthesised tones, distinct by pitch and shape: accepted two rising notes, rejected a low long
 * buzz, ignored one short click. Played on one named thread ({@code kiosk-sounds}); when the
 * machine has no audio line the first failure switches sounds off for the session.
 */
public final class ToneSounds implements Sounds, AutoCloseable {
    private static final float RATE = 16_000f;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiosk-sounds");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean broken;

    @Override
    public void play(ScanReaction.Kind kind) {
        if (broken) {
            return;
        }
        try {
            thread.execute(() -> playNow(kind));
        } catch (RejectedExecutionException closed) {
            // closing: stay silent
        }
    }

    private void playNow(ScanReaction.Kind kind) {
        byte[] pcm;
        switch (kind) {
            case ACCEPTED:
                pcm = concat(tone(880, 90, false), tone(1320, 120, false));
                break;
            case REJECTED:
                pcm = tone(220, 450, true);
                break;
            default:
                pcm = tone(660, 40, false);
                break;
        }
        try (SourceDataLine line = AudioSystem.getSourceDataLine(new AudioFormat(RATE, 8, 1, true, false))) {
            line.open();
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (Exception | LinkageError e) {
            broken = true;
        }
    }

    static byte[] tone(double hz, int millis, boolean square) {
        byte[] b = new byte[(int) (RATE * millis / 1000)];
        for (int i = 0; i < b.length; i++) {
            double s = Math.sin(2 * Math.PI * hz * i / RATE);
            b[i] = (byte) ((square ? Math.signum(s) * 0.6 : s) * 90);
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
