package org.paperkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every command takes. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "paperkg-store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path store;
}
