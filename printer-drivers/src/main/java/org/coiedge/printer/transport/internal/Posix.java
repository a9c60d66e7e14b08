package org.coiedge.printer.transport.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Structure;

/**
 * The few libc calls the device-file transport needs (open, poll, read, write, close, and raw
 * mode for terminals), through JNA. Linux only. Errors are returned as -1 with {@link #errno()}.
 */
public final class Posix {
    public static final int O_RDWR = 02;
    public static final int O_NOCTTY = 0400;
    public static final int O_NONBLOCK = 04000;
    public static final int O_CLOEXEC = 02000000;
    public static final short POLLIN = 0x1;
    public static final short POLLOUT = 0x4;
    public static final short POLLERR = 0x8;
    public static final short POLLHUP = 0x10;
    public static final short POLLNVAL = 0x20;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int ENXIO = 6;
    public static final int EAGAIN = 11;
    public static final int EACCES = 13;
    public static final int EBUSY = 16;
    public static final int ENODEV = 19;
    public static final int EPERM = 1;
    public static final int EROFS = 30;
    private static final int TCSANOW = 0;

    /** {@code struct pollfd}. */
    @Structure.FieldOrder({"fd", "events", "revents"})
    public static final class PollFd extends Structure {
        public int fd;
        public short events;
        public short revents;
    }

    private interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int open(String path, int flags);

        int close(int fd);

        long read(int fd, byte[] buffer, long count);

        long write(int fd, byte[] buffer, long count);

        int poll(PollFd fds, long count, int timeoutMillis);

        int tcgetattr(int fd, byte[] termios);

        void cfmakeraw(byte[] termios);

        int tcsetattr(int fd, int when, byte[] termios);
    }

    private Posix() {
    }

    public static int open(String path, int flags) {
        return LibC.INSTANCE.open(path, flags);
    }

    public static int close(int fd) {
        return LibC.INSTANCE.close(fd);
    }

    public static long read(int fd, byte[] buffer, int count) {
        return LibC.INSTANCE.read(fd, buffer, count);
    }

    public static long write(int fd, byte[] buffer, int count) {
        return LibC.INSTANCE.write(fd, buffer, count);
    }

    /** Polls one descriptor; returns the revents bits, 0 on timeout, -1 on error. */
    public static int poll(int fd, short events, int timeoutMillis) {
        PollFd p = new PollFd();
        p.fd = fd;
        p.events = events;
        int n = LibC.INSTANCE.poll(p, 1, timeoutMillis);
        if (n <= 0) {
            return n;
        }
        p.read();
        return p.revents & 0xffff;
    }

    /**
     * Puts a terminal into raw mode (no echo, no line editing, no signals, no translation), so it
     * carries bytes unchanged. Returns false when {@code fd} is not a terminal.
     */
    public static boolean makeRaw(int fd) {
        // Larger than struct termios on every Linux ABI; the C library fills in its own layout.
        byte[] termios = new byte[256];
        if (LibC.INSTANCE.tcgetattr(fd, termios) != 0) {
            return false;
        }
        LibC.INSTANCE.cfmakeraw(termios);
        return LibC.INSTANCE.tcsetattr(fd, TCSANOW, termios) == 0;
    }

    /** The errno of this thread's last call. */
    public static int errno() {
        return Native.getLastError();
    }
}
