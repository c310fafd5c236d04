package org.rebook.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rebook.ingest.ImportReport;
import org.rebook.ingest.stripe.StripeKeys;
import org.rebook.service.LiveImports;
import org.rebook.service.RecoveryService;
import org.rebook.service.WorkspaceSettings;
import org.rebook.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads charges (with sessions, intents, refunds, customers) from the Stripe API, read-only. */
@Command(name = "stripe-api", mixinStandardHelpOptions = true,
        description = {"Import charges from the Stripe API (read-only; resumes where the last run stopped).",
                "Key: STRIPE_API_KEY or a hidden prompt; never stored. " + StripeKeys.READ_PERMISSIONS})
final class StripeApiImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--since", paramLabel = "DATE", converter = AsOfConverter.class, description = "Only charges created from this date.")
    AsOf since;

    @Option(names = "--account", paramLabel = "acct_…", description = "Connected account to read (repeatable).")
    List<String> accounts = new ArrayList<>();

    @Option(names = "--api-base", paramLabel = "URL", description = "Stripe API base URL (tests, proxies).")
    String apiBase;

    @Option(names = "--allow-secret-key", description = "Accept a full sk_ key without asking (automation).")
    boolean allowSecretKey;

    @Override
    public Integer call() throws Exception {
        String key = new String(Secrets.read("STRIPE_API_KEY", "Stripe API key (rk_… restricted, read-only): "));
        var err = spec.commandLine().getErr();
        switch (StripeKeys.kind(key)) {
            case PUBLISHABLE -> throw new IllegalArgumentException("that is a publishable key (pk_…); it cannot read payments. "
                    + StripeKeys.READ_PERMISSIONS);
            case UNKNOWN -> throw new IllegalArgumentException("that does not look like a Stripe API key (rk_… or sk_…)");
            case SECRET -> {
                err.println("Warning: " + StripeKeys.masked(key) + " is a full secret key: it could also change your Stripe"
                        + " account. Rebook only reads, but a restricted key is safer. " + StripeKeys.READ_PERMISSIONS);
                if (!allowSecretKey && !Secrets.confirm("Type YES to use it anyway: ")) {
                    throw new IllegalArgumentException("not using the secret key (pass --allow-secret-key to accept it)");
                }
            }
            case RESTRICTED -> { }
        }
        try (Workspace ws = Workspace.open(options.workspace)) {
            RecoveryService service = WorkspaceSettings.service(ws, options.timezone, options.referencePattern);
            List<ImportReport> reports = new LiveImports(service).stripe(key, apiBase, accounts,
                    since == null ? null : since.in(service.zone()).toInstant(), new ConsoleProgress(err, options.quiet));
            for (ImportReport r : reports) ImportCommand.print(spec.commandLine().getOut(), r);
            return 0;
        }
    }
}
