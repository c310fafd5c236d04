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

    @Option(names = "--reference-pattern", paramLabel = "REGEX", converter = PatternConverter.class,
            description = "Your booking references as a regular expression (first group, if any, is the reference), "
                    + "e.g. 'BK-\\d{6}'. Remembered by the workspace. Default: common shapes like PX-7F3K9Q, #104233.")
    String referencePattern;

    @Option(names = "--templates", paramLabel = "FILE",
            description = "Mail templates (JSON, from 'rebook templates export') to read mails with; kept by the workspace.")
    Path templates;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;
}
