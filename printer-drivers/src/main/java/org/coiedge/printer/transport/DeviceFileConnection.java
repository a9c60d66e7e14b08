package org.coiedge.printer.transport;

import static org.coiedge.printer.transport.internal.Posix.POLLERR;
import static org.coiedge.printer.transport.internal.Posix.POLLHUP;
import static org.coiedge.printer.transport.internal.Posix.POLLIN;
import static org.coiedge.printer.transport.internal.Posix.POLLNVAL;
import static org.coiedge.printer.transport.internal.Posix.POLLOUT;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.coiedge.printer.transport.PrinterIoException.Kind;
import org.coiedge.printer.transport.internal.Posix;

/**
 * A USB printer device file ({@code /dev/usb/lpN}, the kernel's usblp driver), opened read/write
 * and non-blocking: writes wait for the device with a stall timeout, replies (usblp passes status
 * answers back on bidirectional printers) are read to their terminators against a deadline. A
 * printer that never answers cannot confirm a print, so with a write-only device every job ends
 * Failed (no answer) rather than unconfirmed. Whatever was waiting in the device on open is read
 * and dropped. Linux only. Not thread-safe.
 */
public final class DeviceFileConnection implements PrinterConnection {
    private static final int CHUNK = 4096;
    private static final int POLL_SLICE_MILLIS = 50;
    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;

    private final Path device;
    private final String address;
    private final Duration stallTimeout;
    private int fd;

    private DeviceFileConnection(Path device, int fd, Duration stallTimeout) {
        this.device = device;
        this.address = "usb:" + device;
        this.fd = fd;
        this.stallTimeout = stallTimeout;
    }

    /**
     * Opens {@code device}. Fails with {@link Kind#NOT_FOUND}, {@link Kind#NO_PERMISSION} or
     * {@link Kind#BUSY}; a write that makes no progress for {@code stallTimeout} fails with
     * {@link Kind#TIMEOUT}.
     */
    public static DeviceFileConnection open(Path device, Duration stallTimeout) throws PrinterIoException {
        requireCharacterDevice(device);
        int fd = Posix.open(device.toString(), Posix.O_RDWR | Posix.O_NOCTTY | Posix.O_NONBLOCK | Posix.O_CLOEXEC);
        if (fd < 0) {
            throw openFailure(device, Posix.errno());
        }
        DeviceFileConnection c = new DeviceFileConnection(device, fd, stallTimeout);
        try {
            c.discardInput();
        } catch (PrinterIoException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * A regular file where the device should be (made by writing to a missing /dev/usb/lp0) would
     * swallow every job: refused.
     */
    private static void requireCharacterDevice(Path device) throws PrinterIoException {
        int mode;
        try {
            mode = (Integer) java.nio.file.Files.getAttribute(device, "unix:mode");
        } catch (java.io.IOException | UnsupportedOperationException | IllegalArgumentException e) {
            throw openFailure(device, Posix.ENOENT);
        }
        if ((mode & S_IFMT) != S_IFCHR) {
            throw new PrinterIoException(Kind.NOT_FOUND, "Printer at usb:" + device + ": " + device + " is not a device"
                    + " (a file left where the printer's device should be?) - remove it, then plug the printer in", null);
        }
    }

    /** The exception for a failed open, by errno. */
    static PrinterIoException openFailure(Path device, int errno) {
        String at = "Printer at usb:" + device;
        switch (errno) {
            case Posix.ENOENT:
            case Posix.ENODEV:
            case Posix.ENXIO:
                return new PrinterIoException(Kind.NOT_FOUND, at + ": device not found - check that the printer is on"
                        + " and its USB cable is plugged in (ls /dev/usb/ lists the printers the system sees)", null);
            case Posix.EACCES:
            case Posix.EPERM:
            case Posix.EROFS:
                return new PrinterIoException(Kind.NO_PERMISSION, at + ": no permission to open " + device
                        + " - add the kiosk user to group lp (sudo usermod -aG lp USER) and log in again", null);
            case Posix.EBUSY:
                return new PrinterIoException(Kind.BUSY, at + ": the device is in use by another program"
                        + " (a print spooler?) - stop it or remove its queue for this printer", null);
            default:
                return new PrinterIoException(Kind.NOT_FOUND, at + " could not be opened (errno " + errno
                        + ") - check the printer and its USB cable", null);
        }
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public String noAnswerAdvice() {
        return "check that it is on, closed and loaded and that its USB cable is plugged in"
                + " (a printer without a status channel over USB cannot confirm labels)";
    }

    @Override
    public void write(byte[] bytes) throws PrinterIoException {
        int done = 0;
        long deadline = System.nanoTime() + stallTimeout.toNanos();
        while (done < bytes.length) {
            int events = waitFor(POLLOUT, deadline);
            if (events == 0) {
                throw new PrinterIoException(Kind.TIMEOUT, "Printer at " + address + " took no data for "
                        + stallTimeout.toMillis() + " ms (" + done + " of " + bytes.length + " bytes sent)", null);
            }
            if ((events & POLLOUT) == 0) {
                throw gone("while sending", null);
            }
            byte[] chunk = Arrays.copyOfRange(bytes, done, Math.min(bytes.length, done + CHUNK));
            long n = Posix.write(fd, chunk, chunk.length);
            if (n < 0) {
                int errno = Posix.errno();
                if (errno == Posix.EAGAIN || errno == Posix.EINTR) {
                    continue;
                }
                throw gone("while sending", errno);
            }
            done += (int) n;
            if (n > 0) {
                deadline = System.nanoTime() + stallTimeout.toNanos();
            }
        }
    }

    @Override
    public byte[] readReply(ReplyTerminator terminator, Duration timeout) throws PrinterIoException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buf = new byte[256];
        int len = 0;
        byte[] chunk = new byte[CHUNK];
        while (!terminator.complete(buf, len)) {
            int events = waitFor(POLLIN, deadline);
            if (events == 0) {
                throw new PrinterIoException(Kind.TIMEOUT, "Printer at " + address + " did not answer within "
                        + timeout.toMillis() + " ms", null);
            }
            int n = readSome(chunk, events);
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
            System.arraycopy(chunk, 0, buf, len, n);
            len += n;
        }
        return Arrays.copyOf(buf, len);
    }

    @Override
    public void discardInput() throws PrinterIoException {
        byte[] chunk = new byte[CHUNK];
        int events;
        while ((events = Posix.poll(fd, POLLIN, 0)) > 0 && (events & POLLIN) != 0) {
            if (readSome(chunk, events) == 0) {
                return;
            }
        }
    }

    /** Reads what is there after poll reported {@code events}; 0 when a non-blocking read found nothing. */
    private int readSome(byte[] chunk, int events) throws PrinterIoException {
        if ((events & POLLIN) == 0) {
            throw gone("while waiting for an answer", null);
        }
        long n = Posix.read(fd, chunk, chunk.length);
        if (n > 0) {
            return (int) n;
        }
        if (n < 0 && (Posix.errno() == Posix.EAGAIN || Posix.errno() == Posix.EINTR)) {
            return 0;
        }
        throw gone("while waiting for an answer", n < 0 ? Posix.errno() : null);
    }

    /** Polls in short slices until {@code events} (or an error or hang-up) or the deadline; 0 on timeout. */
    private int waitFor(short events, long deadline) throws PrinterIoException {
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return 0;
            }
            int r = Posix.poll(fd, events, (int) Math.min(left, POLL_SLICE_MILLIS));
            if (r < 0) {
                if (Posix.errno() == Posix.EINTR) {
                    continue;
                }
                throw gone("while waiting", Posix.errno());
            }
            if ((r & (POLLERR | POLLHUP | POLLNVAL)) != 0 && (r & events) == 0) {
                throw gone("while waiting", null);
            }
            if (r != 0) {
                return r;
            }
        }
    }

    private PrinterIoException gone(String when, Integer errno) {
        return new PrinterIoException(Kind.CLOSED, "Printer at " + address + " went away " + when
                + (errno == null ? "" : " (errno " + errno + ")") + " - check that it is on and its USB cable is plugged in",
                null);
    }

    @Override
    public void close() {
        if (fd >= 0) {
            Posix.close(fd);
            fd = -1;
        }
    }

    @Override
    public String toString() {
        return address + " (device " + device + ")";
    }
}
