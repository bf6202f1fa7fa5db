package org.paperkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs paperkg in-process with captured output and exit code. */
final class Cli {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = PaperKg.commandLine(out, new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    private Cli() {
    }
}
