package org.concord.stats.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A file's bytes as they are read, with their SHA-256 computed on a thread of its own from the same bytes: the file is
 * read once, and on two cores the hash costs the reader no time. The bytes go to the hashing thread in a few buffers
 * used over and over (a new array for each read made 40 MB of garbage for a national responses file: zeroed,
 * copied, collected).
 */
final class HashingInput extends InputStream {
    /** The most bytes one read passes on (larger reads return fewer bytes, as an InputStream may). */
    static final int CHUNK = 1 << 16;
    private static final int BUFFERS = 8;
    private static final Chunk END = new Chunk(new byte[0], 0);

    /** Bytes read and not yet hashed: the first {@code length} bytes of {@code bytes}. */
    private record Chunk(byte[] bytes, int length) {
    }

    private final InputStream in;
    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final FutureTask<String> hash;
    private int buffers;
    private boolean ended;

    HashingInput(InputStream in) {
        this.in = in;
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        hash = new FutureTask<>(() -> {
            for (Chunk chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                digest.update(chunk.bytes, 0, chunk.length);
                free.put(chunk.bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        });
        Thread t = new Thread(hash, "concord-sha256");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        byte[] buffer = buffer();
        int n = in.read(buffer, 0, Math.min(len, CHUNK));
        if (n > 0) {
            System.arraycopy(buffer, 0, b, off, n);
            put(new Chunk(buffer, n));
        } else if (!free.offer(buffer)) {
            throw new IllegalStateException("more buffers than " + BUFFERS);
        }
        return n;
    }

    /** A buffer the hashing thread is done with, or a new one while there are fewer than {@link #BUFFERS}. */
    private byte[] buffer() throws InterruptedIOException {
        byte[] buffer = free.poll();
        if (buffer == null && buffers < BUFFERS) {
            buffers++;
            return new byte[CHUNK];
        }
        try {
            return buffer != null ? buffer : free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        }
    }

    private void put(Chunk chunk) throws InterruptedIOException {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        }
    }

    /** The SHA-256 (lower-case hex) of every byte read; call it once the whole file has been read. */
    String sha256() throws IOException {
        end();
        try {
            return hash.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void end() throws InterruptedIOException {
        if (!ended) {
            ended = true;
            put(END);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            in.close();
        } finally {
            end();
        }
    }
}
