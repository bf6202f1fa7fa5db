package org.paperkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out FILE} option: results to a file instead of standard output. */
public final class OutputOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write results to FILE instead of standard output")
    Path out;

    /** A writer for the results; closing it closes the file but never standard output. */
    PrintWriter open(PrintWriter stdout) {
        if (out == null) {
            return new PrintWriter(stdout) {
                @Override
                public void close() {
                    flush();
                }
            };
        }
        return new PrintWriter(new OutputStreamWriter(create(), StandardCharsets.UTF_8));
    }

    /** Opens the --out file, creating its folder; a path that cannot be written is the user's error, said plainly. */
    private OutputStream create() {
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            return Files.newOutputStream(out);
        } catch (IOException e) {
            throw new org.paperkg.PaperkgException("cannot write " + out + ": " + e.getClass().getSimpleName() + " "
                    + e.getMessage());
        }
    }

    OutputStream openStream(OutputStream stdout) throws IOException {
        if (out == null) {
            return new java.io.FilterOutputStream(stdout) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return create();
    }
}
