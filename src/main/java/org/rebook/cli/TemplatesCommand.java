package org.rebook.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rebook.extract.TemplateLearner;
import org.rebook.model.MailMessage;
import org.rebook.model.MailTemplate;
import org.rebook.model.StoredRecord;
import org.rebook.service.TemplateService;
import org.rebook.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Mail templates: teach one from an example, list, and move them between workspaces. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "Teach Rebook a mail layout from one example, list templates, export or import them as JSON.",
        subcommands = {TemplatesCommand.Learn.class, TemplatesCommand.ListTemplates.class, TemplatesCommand.Export.class,
                TemplatesCommand.Import.class})
final class TemplatesCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "learn", mixinStandardHelpOptions = true,
            description = {"Learn a template from one mail: give each field's value as it is written in that mail.",
                    "Shows how many mails of the same sender and subject it reads, and what; --save keeps it."})
    static final class Learn implements Callable<Integer> {
        @Option(names = "--workspace", required = true, paramLabel = "DIR") Path workspace;
        @Option(names = "--message-id", required = true, paramLabel = "ID", description = "The example mail's Message-ID.") String messageId;
        @Option(names = "--name", required = true, paramLabel = "NAME") String name;
        @Option(names = "--field", required = true, paramLabel = "FIELD=VALUE",
                description = "e.g. pickup_at='22/11/2026 10:00'. Fields: ${COMPLETION-CANDIDATES}",
                completionCandidates = FieldNames.class) Map<String, String> fields = new LinkedHashMap<>();
        @Option(names = "--save", description = "Keep the template in the workspace (then run 'rebook reconcile').") boolean save;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Workspace ws = Workspace.open(workspace)) {
                StoredRecord r = ws.records().byNativeId(org.rebook.model.Source.EMAIL, messageId.replaceAll("^<|>$", ""))
                        .orElseThrow(() -> new IllegalArgumentException("no mail with Message-ID " + messageId + " in the workspace"));
                MailTemplate t = TemplateLearner.learnFromValues(name, (MailMessage) r.parsed(), fields);
                TemplateService service = new TemplateService(ws);
                TemplateService.Preview p = service.preview(t, 5);
                var out = spec.commandLine().getOut();
                out.println("Template \"" + name + "\": mails from " + t.sender() + " with subjects starting \""
                        + t.subjectPrefix() + "\"");
                out.println("Reads " + p.matched() + " of " + p.mails() + " mails. First ones:");
                for (TemplateService.Row row : p.rows()) out.println("  " + row.subject() + " → " + row.read());
                if (save) {
                    service.save(t);
                    out.println("Saved. Run 'rebook reconcile --workspace " + workspace + "' to read the mails with it.");
                }
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The templates in a workspace.")
    static final class ListTemplates implements Callable<Integer> {
        @Option(names = "--workspace", required = true, paramLabel = "DIR") Path workspace;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Workspace ws = Workspace.open(workspace)) {
                List<MailTemplate> all = ws.templates().all();
                if (all.isEmpty()) spec.commandLine().getOut().println("No templates.");
                for (MailTemplate t : all) {
                    spec.commandLine().getOut().println(t.name() + ": " + t.sender() + " / \"" + t.subjectPrefix() + "…\" → "
                            + t.rules().stream().map(MailTemplate.Rule::field).toList());
                }
                return 0;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the workspace's templates to a JSON file.")
    static final class Export implements Callable<Integer> {
        @Option(names = "--workspace", required = true, paramLabel = "DIR") Path workspace;
        @Option(names = "--out", required = true, paramLabel = "FILE") Path out;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            try (Workspace ws = Workspace.open(workspace)) {
                new TemplateService(ws).exportFile(out);
                spec.commandLine().getOut().println(ws.templates().all().size() + " template(s) written to " + out);
                return 0;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add templates from a JSON file (same name replaces).")
    static final class Import implements Callable<Integer> {
        @Option(names = "--workspace", required = true, paramLabel = "DIR") Path workspace;
        @Parameters(paramLabel = "FILE") Path file;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            try (Workspace ws = Workspace.open(workspace)) {
                new TemplateService(ws).importFile(file);
                spec.commandLine().getOut().println("Imported " + TemplateService.readFile(file).size() + " template(s).");
                return 0;
            }
        }
    }

    /** Field names for help and completion. */
    static final class FieldNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() { return TemplateLearner.FIELDS.iterator(); }
    }
}
