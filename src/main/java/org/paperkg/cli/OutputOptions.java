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
    PrintWriter open(PrintWriter stdout) throws IOException {
        if (out == null) {
            return new PrintWriter(stdout) {
                @Override
                public void close() {
                    flush();
                }
            };
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
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
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        return Files.newOutputStream(out);
    }
}
