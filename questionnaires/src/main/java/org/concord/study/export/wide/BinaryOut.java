package org.concord.study.export.wide;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Little-endian binary output to a file channel through one buffer, knowing its position and able to patch. */
public final class BinaryOut {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private long flushed;

    /** Writes at the channel's start. */
    public BinaryOut(FileChannel channel) {
        this.channel = channel;
    }

    /** Something that writes a whole binary file. */
    @FunctionalInterface
    public interface Content {
        /** Writes the file through {@code out}. */
        void write(BinaryOut out) throws IOException;
    }

    /**
     * Creates {@code file}, which must not exist, writes it and flushes it to disk. Callers that publish a file under
     * a user's name write to {@code org.concord.common.OutputFile}'s temporary file, which is renamed into place.
     *
     * @throws java.nio.file.FileAlreadyExistsException when {@code file} exists; it is left as it was
     */
    public static void create(Path file, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            content.write(new BinaryOut(channel));
            channel.force(false);
        }
    }

    /** Bytes written so far (the position of the next byte). */
    public long position() {
        return flushed + buffer.position();
    }

    private void room(int n) throws IOException {
        if (buffer.remaining() < n) {
            flush();
        }
    }

    /** Writes one byte. */
    public BinaryOut u8(int v) throws IOException {
        room(1);
        buffer.put((byte) v);
        return this;
    }

    /** Writes a 16-bit integer. */
    public BinaryOut i16(int v) throws IOException {
        room(2);
        buffer.putShort((short) v);
        return this;
    }

    /** Writes a 32-bit integer. */
    public BinaryOut i32(int v) throws IOException {
        room(4);
        buffer.putInt(v);
        return this;
    }

    /** Writes a 64-bit integer. */
    public BinaryOut i64(long v) throws IOException {
        room(8);
        buffer.putLong(v);
        return this;
    }

    /** Writes an IEEE 754 double. */
    public BinaryOut f64(double v) throws IOException {
        room(8);
        buffer.putDouble(v);
        return this;
    }

    /** Writes bytes. */
    public BinaryOut bytes(byte[] b) throws IOException {
        return bytes(b, 0, b.length);
    }

    /** Writes part of an array. */
    public BinaryOut bytes(byte[] b, int from, int length) throws IOException {
        while (length > 0) {
            room(1);
            int n = Math.min(length, buffer.remaining());
            buffer.put(b, from, n);
            from += n;
            length -= n;
        }
        return this;
    }

    /** Writes ASCII text. */
    public BinaryOut ascii(String s) throws IOException {
        return bytes(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Writes {@code b} cut or padded with {@code pad} to exactly {@code width} bytes. */
    public BinaryOut fixed(byte[] b, int width, int pad) throws IOException {
        int n = Math.min(b.length, width);
        bytes(b, 0, n);
        for (int i = n; i < width; i++) {
            u8(pad);
        }
        return this;
    }

    /** Writes everything buffered to the file. */
    public void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            flushed += channel.write(buffer);
        }
        buffer.clear();
    }

    /** Overwrites bytes already written at {@code position} with a 64-bit integer (flushes first). */
    public void patchI64(long position, long v) throws IOException {
        flush();
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).flip();
        while (b.hasRemaining()) {
            channel.write(b, position + b.position());
        }
    }

    /** Overwrites bytes already written at {@code position} with a 32-bit integer (flushes first). */
    public void patchI32(long position, int v) throws IOException {
        flush();
        ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).flip();
        while (b.hasRemaining()) {
            channel.write(b, position + b.position());
        }
    }
}
