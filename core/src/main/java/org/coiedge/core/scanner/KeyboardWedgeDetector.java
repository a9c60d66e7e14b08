package org.coiedge.core.scanner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells a keyboard-wedge scanner's burst from a person typing, by the pauses between keys and the
 * terminator. Keys are held while they may still be part of a scan, so a person's keys come back
 * as {@link WedgeResult.Typed} up to {@link WedgeSettings#maxGap()} late; call {@link #idle} from
 * a timer so the last key typed is not held longer.
 *
 * <p>A scan is: at least {@code minLength} keys, each within {@code maxGap} of the one before, a
 * mean pause within {@code maxMeanGap}, then a terminator also within {@code maxGap}. Keys that
 * start after a longer pause begin a new candidate, so a person's keys before a scan are given
 * back as typed and the scan still comes out whole. A fast burst cut off without terminator is
 * {@link WedgeResult.Incomplete}, and so is a burst that starts within ten {@code maxGap}s after
 * it (the tail of a scan the computer stalled in). Limit: a stall after fewer than
 * {@code minLength} keys leaves a head that looks typed and a tail that looks like a scan; the
 * scan parser's check characters are the line of defence there.
 *
 * <p>Not thread-safe: feed it from one thread (the FX thread, or a source's own thread).
 */
public final class KeyboardWedgeDetector {
    private final WedgeSettings settings;
    private final List<Map.Entry<String, String>> substitutions;
    private final StringBuilder pending = new StringBuilder();
    private long firstAt;
    private long lastAt;
    /** When a fast burst was last cut off without terminator; a burst that starts soon after is its tail. */
    private long interruptedAt = Long.MIN_VALUE;

    public KeyboardWedgeDetector(WedgeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.substitutions = new ArrayList<>(settings.substitutions().entrySet());
        this.substitutions.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    }

    /** Feeds one key typed at {@code atMillis} (any monotonic clock); returns what it decided, often nothing. */
    public List<WedgeResult> key(char c, long atMillis) {
        List<WedgeResult> out = new ArrayList<>(2);
        if (pending.length() > 0 && atMillis - lastAt > settings.maxGap().toMillis()) {
            flush(out);
        }
        if (settings.terminators().contains(c)) {
            if (pending.length() > 0 && isScan(atMillis) && followsInterruptedBurst()) {
                out.add(new WedgeResult.Incomplete(pending.toString(), WedgeResult.Reason.AFTER_INTERRUPTED_BURST));
                pending.setLength(0);
            } else if (pending.length() > 0 && isScan(atMillis)) {
                out.add(new WedgeResult.Scanned(substitute(pending.toString()), firstAt, atMillis));
                pending.setLength(0);
            } else {
                out.add(new WedgeResult.Typed(pending.toString() + c));
                pending.setLength(0);
            }
            return out;
        }
        if (pending.length() == 0) {
            firstAt = atMillis;
        }
        pending.append(c);
        lastAt = atMillis;
        return out;
    }

    /** Gives back held keys that can no longer be part of a scan at {@code nowMillis}. */
    public List<WedgeResult> idle(long nowMillis) {
        List<WedgeResult> out = new ArrayList<>(1);
        if (pending.length() > 0 && nowMillis - lastAt > settings.maxGap().toMillis()) {
            flush(out);
        }
        return out;
    }

    /** Number of keys held back, waiting to see whether they are a scan. */
    public int pendingKeys() {
        return pending.length();
    }

    private boolean followsInterruptedBurst() {
        return interruptedAt != Long.MIN_VALUE && firstAt - interruptedAt <= resumeWindowMillis();
    }

    /** A scan's tail after a stall arrives within this of its head; ten key pauses is generous. */
    private long resumeWindowMillis() {
        return 10 * settings.maxGap().toMillis();
    }

    private boolean isScan(long terminatorAt) {
        int keys = pending.length();
        if (keys < settings.minLength()) {
            return false;
        }
        // keys + terminator give `keys` pauses; each was already checked against maxGap.
        long mean = (terminatorAt - firstAt) / keys;
        return mean <= settings.maxMeanGap().toMillis();
    }

    private void flush(List<WedgeResult> out) {
        String text = pending.toString();
        long meanGap = pending.length() > 1 ? (lastAt - firstAt) / (pending.length() - 1) : Long.MAX_VALUE;
        if (pending.length() >= settings.minLength() && meanGap <= settings.maxMeanGap().toMillis()) {
            out.add(new WedgeResult.Incomplete(text, WedgeResult.Reason.NO_TERMINATOR));
            interruptedAt = lastAt;
        } else {
            out.add(new WedgeResult.Typed(text));
        }
        pending.setLength(0);
    }

    private String substitute(String text) {
        if (substitutions.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        outer:
        while (i < text.length()) {
            for (Map.Entry<String, String> e : substitutions) {
                if (text.startsWith(e.getKey(), i)) {
                    sb.append(e.getValue());
                    i += e.getKey().length();
                    continue outer;
                }
            }
            sb.append(text.charAt(i++));
        }
        return sb.toString();
    }
}
