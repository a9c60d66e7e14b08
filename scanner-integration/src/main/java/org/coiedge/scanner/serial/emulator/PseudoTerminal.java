package org.coiedge.scanner.serial.emulator;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real pseudo-terminal pair made through libc ({@code posix_openpt}, {@code grantpt},
 * {@code unlockpt}, {@code ptsname}) to emulate a serial scanner: bytes written here arrive on the
 * slave, which a serial scan source opens through jssc. Used by the tests and by
 * {@code coi-edge bench scan}. Nothing to install; Linux only. Not thread-safe.
 */
public final class PseudoTerminal implements AutoCloseable {
    private static final int O_RDWR = 2;
    private static final int O_NOCTTY = 0400;
    private static final short POLLIN = 1;
    private static final int EIO = 5;

    private interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int posix_openpt(int flags);

        int grantpt(int fd);

        int unlockpt(int fd);

        String ptsname(int fd);

        long write(int fd, byte[] buffer, long count);

        long read(int fd, byte[] buffer, long count);

        int poll(short[] fds, long count, int timeoutMillis);

        int close(int fd);
    }

    private final int master;
    private final Path slave;
    private boolean closed;

    private PseudoTerminal(int master, Path slave) {
        this.master = master;
        this.slave = slave;
    }

    public static PseudoTerminal open() throws IOException {
        LibC c = LibC.INSTANCE;
        int fd = c.posix_openpt(O_RDWR | O_NOCTTY);
        if (fd < 0) {
            throw new IOException("posix_openpt failed: errno " + Native.getLastError());
        }
        if (c.grantpt(fd) != 0 || c.unlockpt(fd) != 0) {
            c.close(fd);
            throw new IOException("grantpt/unlockpt failed: errno " + Native.getLastError());
        }
        return new PseudoTerminal(fd, Path.of(c.ptsname(fd)));
    }

    /** The slave device, e.g. {@code /dev/pts/3}: the scanner's port as the source sees it. */
    public Path slave() {
        return slave;
    }

    /** Sends bytes as the scanner would, all of them. */
    public void write(byte[] bytes) throws IOException {
        int done = 0;
        while (done < bytes.length) {
            byte[] rest = java.util.Arrays.copyOfRange(bytes, done, bytes.length);
            long n = LibC.INSTANCE.write(master, rest, rest.length);
            if (n <= 0) {
                throw new IOException("write to pty master failed: errno " + Native.getLastError());
            }
            done += (int) n;
        }
    }

    /**
     * Reads what the program on the slave side sent (for emulating a device that answers, such as a
     * printer). Waits at most {@code timeoutMillis}; returns the number of bytes read, 0 when
     * nothing arrived in time, -1 while no program has the slave open (a hang-up: the caller may
     * wait and read again, since a program can reopen the slave).
     */
    public int read(byte[] buffer, int timeoutMillis) throws IOException {
        if (closed) {
            throw new IOException("pseudo-terminal " + slave + " is closed");
        }
        // struct pollfd { int fd; short events; short revents; } as four shorts (little-endian int).
        short[] pollFd = {(short) master, (short) (master >>> 16), POLLIN, 0};
        int ready = LibC.INSTANCE.poll(pollFd, 1, timeoutMillis);
        if (ready < 0) {
            throw new IOException("poll on pty master failed: errno " + Native.getLastError());
        }
        if (ready == 0) {
            return 0;
        }
        if ((pollFd[3] & POLLIN) == 0) {
            return -1;
        }
        long n = LibC.INSTANCE.read(master, buffer, buffer.length);
        if (n < 0) {
            int errno = Native.getLastError();
            if (errno == EIO) {
                return -1;
            }
            throw new IOException("read from pty master failed: errno " + errno);
        }
        return (int) n;
    }

    public void write(String ascii) throws IOException {
        write(ascii.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** Unplugs the scanner: the master goes away and the slave hangs up. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            LibC.INSTANCE.close(master);
        }
    }

    /** Points {@code link} at this terminal's slave, replacing what was there (a replug). */
    public void linkAs(Path link) throws IOException {
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, slave);
    }
}
