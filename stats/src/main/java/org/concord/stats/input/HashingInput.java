package org.concord.stats.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A file's bytes as they are read, with their SHA-256 computed on a thread of its own from the same bytes: the file is
 * read once, and on two cores the hash costs the reader no time.
 */
final class HashingInput extends InputStream {
    private static final byte[] END = new byte[0];

    private final InputStream in;
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(32);
    private final FutureTask<String> hash;
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
            for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                digest.update(chunk);
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
        int n = in.read(b, off, len);
        if (n > 0) {
            put(Arrays.copyOfRange(b, off, off + n));
        }
        return n;
    }

    private void put(byte[] chunk) throws InterruptedIOException {
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
