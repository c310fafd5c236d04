package org.rebook.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.rebook.ingest.ImportReport;
import org.rebook.ingest.mail.ImapReader;
import org.rebook.service.LiveImports;
import org.rebook.service.RecoveryService;
import org.rebook.service.WorkspaceSettings;
import org.rebook.workspace.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads a mailbox over IMAP, read-only. */
@Command(name = "imap", mixinStandardHelpOptions = true,
        description = {"Import mail over IMAP. Folders are opened read-only: no flag changes, nothing moves.",
                "Password: REBOOK_IMAP_PASSWORD or a hidden prompt; never stored. Incremental by UIDVALIDITY + UID."})
final class ImapImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--host", required = true, paramLabel = "HOST", description = "IMAP server.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: 993 with --tls, else 143).")
    Integer port;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "Login.")
    String user;

    @ArgGroup(exclusive = true)
    Security security = new Security();

    static final class Security {
        @Option(names = "--tls", description = "Implicit TLS (default).")
        boolean tls;

        @Option(names = "--starttls", description = "Plain connection upgraded with STARTTLS (required).")
        boolean starttls;

        @Option(names = "--plain", description = "No encryption (only for servers on this machine).")
        boolean plain;

        ImapReader.Security choice() {
            return starttls ? ImapReader.Security.STARTTLS : plain ? ImapReader.Security.PLAIN : ImapReader.Security.TLS;
        }
    }

    @Option(names = "--folder", paramLabel = "F", description = "Folder (repeatable; default: INBOX).")
    List<String> folders = List.of("INBOX");

    @Option(names = "--since", paramLabel = "DATE", converter = AsOfConverter.class, description = "Only mail received from this date.")
    AsOf since;

    @Override
    public Integer call() throws Exception {
        ImapReader.Security sec = security.choice();
        int p = port != null ? port : sec == ImapReader.Security.TLS ? 993 : 143;
        char[] password = Secrets.read("REBOOK_IMAP_PASSWORD", "IMAP password for " + user + ": ");
        try (Workspace ws = Workspace.open(options.workspace)) {
            RecoveryService service = WorkspaceSettings.service(ws, options.timezone, options.referencePattern);
            ImportReport report = new LiveImports(service).imap(new ImapReader.Settings(host, p, sec, user, password, folders,
                    since == null ? null : since.in(service.zone()).toInstant(), service.zone()),
                    new ConsoleProgress(spec.commandLine().getErr(), options.quiet));
            ImportCommand.print(spec.commandLine().getOut(), report);
            return 0;
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }
}
