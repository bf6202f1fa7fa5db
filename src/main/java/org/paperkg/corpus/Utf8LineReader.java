package org.paperkg.corpus;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the lines of a file, decoding each as strict UTF-8; a line with invalid bytes is decoded with
 * replacement characters and flagged, so readers can name the line and still read the rest.
 */
final class Utf8LineReader implements Iterator<Line>, Closeable {
    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private Line next;
    private int number;
    private boolean eof;

    private Utf8LineReader(InputStream in) {
        this.in = in;
    }

    static Stream<Line> lines(Path file) {
        try {
            Utf8LineReader reader = new Utf8LineReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED), false)
                    .onClose(() -> {
                        try {
                            reader.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new CorpusReadException(new SourceRef(file.toString(), 0), "cannot open: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !eof) {
            next = readLine();
        }
        return next != null;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line line = next;
        next = null;
        return line;
    }

    private Line readLine() {
        buffer.reset();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                buffer.write(b);
            }
            if (b == -1) {
                eof = true;
                if (buffer.size() == 0) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        number++;
        if (number == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            return decode(bytes, 3, length - 3);
        }
        return decode(bytes, 0, length);
    }

    private Line decode(byte[] bytes, int offset, int length) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Line(number, strict.decode(ByteBuffer.wrap(bytes, offset, length)).toString(), false);
        } catch (CharacterCodingException e) {
            return new Line(number, new String(bytes, offset, length, StandardCharsets.UTF_8), true);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
