package org.rebook.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** Options every workspace command shares. */
final class WorkspaceOptions {
    @Option(names = "--workspace", required = true, paramLabel = "DIR",
            description = "Incident workspace folder (created on first use).")
    Path workspace;

    @Option(names = "--timezone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "Business time zone for local times without an offset, e.g. Europe/Lisbon "
                    + "(default: the workspace's, else the system's).")
    ZoneId timezone;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;
}
