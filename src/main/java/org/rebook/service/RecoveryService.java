package org.rebook.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.rebook.export.BundleExporter;
import org.rebook.extract.ExtractionSettings;
import org.rebook.extract.FactsExtractor;
import org.rebook.ingest.ImportKeeper;
import org.rebook.ingest.ImportReport;
import org.rebook.ingest.Importer;
import org.rebook.model.BookingFacts;
import org.rebook.model.Provenance;
import org.rebook.model.ReconcileResult;
import org.rebook.workspace.RecordStore;
import org.rebook.reconcile.Constraints;
import org.rebook.reconcile.Observation;
import org.rebook.reconcile.ReconcileSettings;
import org.rebook.reconcile.Reconciler;
import org.rebook.reconcile.RecordOrder;
import org.rebook.reconcile.Scoring;
import org.rebook.task.Progress;
import org.rebook.workspace.Workspace;

/**
 * The recovery pipeline over one workspace: import → extract + reconcile → export. The CLI and the GUI both
 * drive it; it knows nothing of either.
 */
public final class RecoveryService {
    private final Workspace workspace;
    private final ZoneId zone;
    private final ExtractionSettings extraction;
    private final ReconcileSettings reconcile;
    /** The extraction settings with what the last full reconcile learnt (date order per sender). */
    private volatile ExtractionSettings learned;
    /** What the last full reconcile learnt; read from the workspace once, not on every decision. */
    private volatile Scoring scoring;
    /** Readings of the records {@link #importForReconcile} just stored, until the reconcile after it takes them. */
    private volatile List<RecordStore.Reading> justImported;
    /** Their provenance by record id, until the export of that reconcile's result takes it. */
    private volatile Map<Long, Provenance> justImportedProvenance;

    public RecoveryService(Workspace workspace, ZoneId zone) {
        this(workspace, ExtractionSettings.defaults(zone), ReconcileSettings.defaults());
    }

    public RecoveryService(Workspace workspace, ExtractionSettings extraction, ReconcileSettings reconcile) {
        this.workspace = workspace;
        this.zone = extraction.businessZone();
        this.extraction = extraction;
        this.reconcile = reconcile;
        this.learned = extraction;
    }

    public Workspace workspace() { return workspace; }

    public ZoneId zone() { return zone; }

    /** How this workspace reads booking facts (its time zone, reference pattern and mail templates). */
    public FactsExtractor extractor() { return new FactsExtractor(learned); }

    public ImportReport importPaths(List<Path> paths, Progress progress) throws IOException {
        justImported = null; // what an earlier import kept is no longer every record
        justImportedProvenance = null;
        return new Importer(workspace, zone).importPaths(paths, progress);
    }

    /**
     * As {@link #importPaths}, keeping what was read for the {@link #reconcile} that follows (the one-shot path:
     * import, reconcile, export), which then need not read every record back from the workspace: at 100 000
     * reservations that was 7 s. Holds the readings (mail bodies: over half a gigabyte at that size) until then.
     */
    public ImportReport importForReconcile(List<Path> paths, Progress progress) throws IOException {
        List<RecordStore.Reading> kept = new java.util.ArrayList<>();
        Map<Long, Provenance> provenance = new java.util.HashMap<>();
        ImportKeeper keeper = (readings, from) -> {
            synchronized (kept) {
                kept.addAll(readings);
                provenance.putAll(from);
            }
        };
        ImportReport report = new Importer(workspace, zone, keeper).importPaths(paths, progress);
        boolean keep = !report.cancelled(); // a cancelled import is not reconciled next
        synchronized (kept) {
            justImported = keep ? kept : null;
            justImportedProvenance = keep ? provenance : null;
        }
        return report;
    }

    /** Re-derives reservations from every imported record and stores them in one transaction. */
    public ReconcileResult reconcile(Progress progress) {
        Linked linked = link(progress);
        progress.update("Saving reservations", linked.records(), linked.records());
        save(linked);
        return linked.result();
    }

    /** A reconcile's result before it is saved, with what saving it needs. */
    private record Linked(ReconcileResult result, Scoring scoring, int records) { }

    private Linked link(Progress progress) {
        List<Observation> observations = RecordOrder.sorted(observe(progress)); // sorted once for both steps
        int records = observations.size();
        HeapSettling.readingsLetGo(records);
        // People's decisions are constraints, never overwritten by a new run.
        Constraints constraints = Constraints.of(workspace.decisions().active());
        progress.update("Estimating match weights", records, records);
        Reconciler.Learnt learnt = new Reconciler(reconcile).reconcileLearning(observations, constraints, id -> false,
                () -> progress.update("Linking records into reservations", records, records));
        this.scoring = learnt.scoring();
        progress.checkCancelled();
        return new Linked(learnt.result(), learnt.scoring(), records);
    }

    private void save(Linked linked) {
        ReconcileResult result = linked.result();
        // Written aside, committing as it goes, then made current with the scoring in one small transaction.
        workspace.results().stage(result);
        workspace.inTransaction(() -> {
            workspace.results().publishStaged();
            workspace.scoring().put(linked.scoring().encode());
            return null;
        });
        workspace.results().clearSpare();
        workspace.journal().append("reconcile", result.reservations().size() + " reservations, "
                + result.unmatched().size() + " unmatched from " + linked.records() + " records; pairs compared by blocking rule "
                + result.blockingPairs());
    }

    /** What {@link #reconcileAndExport} did: the result it stored and the bundle it wrote. */
    public record Recovered(ReconcileResult result, BundleExporter.Summary export) { }

    /**
     * {@link #reconcile} then {@link #export(Path, OffsetDateTime, ReconcileResult)}, the one-shot path's end, with
     * the bundle written from memory on a second thread while the result is saved: the two took 19 s one after the
     * other at 100 000 reservations, and neither kept both cores busy. {@code saved} is told when the result is
     * stored (the bundle may still be being written). If saving fails, the bundle is still finished, as a true
     * export of the result, and the failure is thrown.
     */
    public Recovered reconcileAndExport(Progress progress, Path dir, OffsetDateTime asOf, Runnable saved) throws IOException {
        Linked linked = link(progress);
        progress.update("Saving reservations and writing the export bundle", linked.records(), linked.records());
        // Everything the bundle needs from the workspace is read now: the saving thread owns the connection.
        java.util.concurrent.FutureTask<BundleExporter.Summary> bundle = new java.util.concurrent.FutureTask<>(bundleOf(dir,
                asOf, org.rebook.workspace.AsStored.of(linked.result().reservations()), linked.result().unmatched()));
        Thread writer = new Thread(bundle, "rebook-export");
        writer.setDaemon(true);
        writer.start();
        try {
            save(linked);
        } catch (RuntimeException e) {
            try {
                awaitBundle(bundle); // a bundle half written when the program exits would help no one
            } catch (IOException | RuntimeException bundleFailed) {
                e.addSuppressed(bundleFailed);
            }
            throw e;
        }
        saved.run();
        return new Recovered(linked.result(), journalled(awaitBundle(bundle), dir));
    }

    private static BundleExporter.Summary awaitBundle(java.util.concurrent.FutureTask<BundleExporter.Summary> bundle) throws IOException {
        try {
            return bundle.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while the export bundle was written");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The booking facts of every imported record. The parsed records (mail bodies are most of the heap) are
     * dropped when this returns, before linking starts: at 100k reservations they are over half a gigabyte.
     */
    private List<Observation> observe(Progress progress) {
        progress.update("Loading records", 0, -1);
        List<RecordStore.Reading> records = justImportedOrStored();
        // Each sender's day/month order, from its own unambiguous dates (13/11 can only be day-first).
        org.rebook.extract.DateOrder order = new org.rebook.extract.DateOrder();
        org.rebook.common.EveryCore.map(records, r -> r.parsed() instanceof org.rebook.model.MailMessage m
                ? org.rebook.extract.DateOrder.count(m) : null).forEach(c -> { if (c != null) order.add(c); });
        learned = extraction.withDateOrders(order.bySender());
        WorkspaceSettings.rememberDateOrders(workspace, order.bySender());
        FactsExtractor extractor = new FactsExtractor(learned);
        progress.update("Reading booking details", 0, records.size());
        // Records are independent: read them on every core. The extractor holds no mutable state. Payments wait
        // for the second pass: their descriptions are free text, read knowing the cars the booking records name.
        List<Observation> read = org.rebook.common.EveryCore.map(records, r -> {
            if (progress.cancelled()) throw new org.rebook.task.CancelledException();
            return r.parsed() instanceof org.rebook.model.Payment ? null
                    : new Observation(r.id(), r.source(), r.nativeId(), extractor.extract(r.parsed()));
        });
        // Only the payments are kept for that (by position): the mail bodies can go first.
        RecordStore.Reading[] payments = new RecordStore.Reading[records.size()];
        for (int i = 0; i < payments.length; i++) if (read.get(i) == null) payments[i] = records.get(i);
        records.clear();
        List<String> fleet = org.rebook.extract.FleetNames.learn(read.stream().filter(java.util.Objects::nonNull)
                .map(Observation::facts).toList());
        progress.update("Reading payment descriptions", 0, payments.length);
        learned = learned.withFleet(fleet);
        WorkspaceSettings.rememberFleet(workspace, fleet);
        FactsExtractor withFleet = new FactsExtractor(learned);
        List<Observation> paid = org.rebook.common.EveryCore.map(java.util.Arrays.asList(payments), p ->
                p == null ? null : new Observation(p.id(), p.source(), p.nativeId(), withFleet.extract(p.parsed())));
        List<Observation> all = new java.util.ArrayList<>(paid.size());
        for (int i = 0; i < payments.length; i++) all.add(payments[i] == null ? read.get(i) : paid.get(i));
        return all;
    }

    /**
     * The provenance {@link #importForReconcile} kept, while it is that of every record in the workspace (records
     * are only ever added, so the same count means the same records); else read from the workspace.
     */
    private Map<Long, Provenance> justImportedOrStoredProvenance() {
        Map<Long, Provenance> kept = justImportedProvenance;
        if (kept != null && kept.size() == workspace.records().count()) return kept;
        justImportedProvenance = null;
        return workspace.records().provenanceById();
    }

    /**
     * The readings {@link #importForReconcile} kept when they are every record of the workspace (nothing was
     * there before, nothing was added since), in id order as the workspace gives them; else read from it.
     */
    private List<RecordStore.Reading> justImportedOrStored() {
        List<RecordStore.Reading> kept = justImported;
        justImported = null;
        if (kept != null && kept.size() == workspace.records().count()) {
            kept.sort(java.util.Comparator.comparingLong(RecordStore.Reading::id)); // our own list: no copy needed
            return kept;
        }
        return workspace.records().readings();
    }

    /**
     * Recomputes only the reservations around {@code records} (those holding them, and the records
     * themselves) under the current decisions, and stores the result. What a decision or its undo changes
     * is shown at once instead of after a full run; the next full reconcile gives the same decisions the
     * same effect. Call inside a transaction.
     */
    public Recomputed recomputeAround(java.util.Collection<Long> records) throws java.sql.SQLException {
        java.util.Set<String> around = workspace.results().reservationsHolding(records);
        java.util.Set<Long> subset = new java.util.TreeSet<>(workspace.results().recordsOf(around));
        subset.addAll(records);
        FactsExtractor extractor = new FactsExtractor(learned);
        List<Observation> observations = workspace.records().readings(subset).entrySet().stream()
                .map(e -> new Observation(e.getKey(), e.getValue().source(), e.getValue().nativeId(),
                        extractor.extract(e.getValue()))).toList();
        // Weigh evidence as the full run did: its frequencies and weights describe the whole incident.
        Scoring learnt = learntScoring();
        Scoring scoring = learnt != null ? learnt : Scoring.learn(observations, reconcile);
        ReconcileResult part = new Reconciler(reconcile).reconcile(observations,
                Constraints.of(workspace.decisions().active()),
                id -> !around.contains(id) && workspace.results().exists(id), scoring);
        workspace.results().replacePart(around, subset, part);
        return new Recomputed(around, part);
    }

    private Scoring learntScoring() {
        if (scoring == null) scoring = workspace.scoring().get().map(Scoring::decode).orElse(null);
        return scoring;
    }

    /** The reservations a recompute replaced (by id) and what replaced them. */
    public record Recomputed(java.util.Set<String> replacedIds, ReconcileResult part) { }

    public BundleExporter.Summary export(Path dir, OffsetDateTime asOf) throws IOException {
        return export(dir, asOf, workspace.results().reservations(), workspace.results().unmatched());
    }

    /**
     * Exports {@code justReconciled}, which must be what {@link #reconcile} just stored (the one-shot path:
     * import, reconcile, export), as the workspace would give it back, without reading it back.
     */
    public BundleExporter.Summary export(Path dir, OffsetDateTime asOf, ReconcileResult justReconciled) throws IOException {
        return export(dir, asOf, org.rebook.workspace.AsStored.of(justReconciled.reservations()),
                justReconciled.unmatched());
    }

    private BundleExporter.Summary export(Path dir, OffsetDateTime asOf, List<org.rebook.model.Reservation> reservations,
                                          List<org.rebook.model.UnmatchedRecord> unmatched) throws IOException {
        return journalled(bundleOf(dir, asOf, reservations, unmatched).call(), dir);
    }

    /** Writing a bundle, which touches no workspace: what it needs from there is read when it is made. */
    private interface BundleTask extends java.util.concurrent.Callable<BundleExporter.Summary> {
        @Override BundleExporter.Summary call() throws IOException;
    }

    private BundleTask bundleOf(Path dir, OffsetDateTime asOf, List<org.rebook.model.Reservation> reservations,
                                List<org.rebook.model.UnmatchedRecord> unmatched) {
        List<org.rebook.model.Quarantined> quarantined = workspace.quarantine().all();
        Map<Long, Provenance> provenance = justImportedOrStoredProvenance();
        return () -> new BundleExporter().write(dir, reservations, unmatched, quarantined, provenance, zone, asOf);
    }

    private BundleExporter.Summary journalled(BundleExporter.Summary summary, Path dir) {
        workspace.journal().append("export", summary.reservations() + " reservations to " + dir.toAbsolutePath());
        return summary;
    }
}
