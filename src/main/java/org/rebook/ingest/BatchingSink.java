package org.rebook.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rebook.model.ParsedRecord;
import org.rebook.model.Provenance;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;
import org.rebook.task.CancelledException;
import org.rebook.task.Progress;
import org.rebook.workspace.RecordStore;
import org.rebook.workspace.Workspace;

/**
 * Buffers what a reader produces and writes it in batches, each batch in one transaction, so a crash never
 * leaves a half-written record and a large file does not hold one giant transaction open. Batches are written
 * on a thread of their own while the reader parses the next one (the two take about as long); at most one
 * batch is in flight, so cancelling keeps exactly the batches written so far. Progress and cancellation are
 * checked on the reader's thread only.
 */
final class BatchingSink implements RecordSink, AutoCloseable {
    static final int BATCH_SIZE = 500;

    private sealed interface Item permits Good, Bad { }

    /** A record read; {@code incoming} is its stored form, or null when the writer is to make it. */
    private record Good(RawRecord raw, ParsedRecord parsed, RecordStore.Incoming incoming) implements Item {
        RecordStore.Incoming stored() { return incoming != null ? incoming : RecordStore.Incoming.of(raw, parsed); }
    }

    private record Bad(Quarantined quarantined) implements Item { }

    private final Workspace workspace;
    private final Progress progress;
    private final String fileName;
    private final List<Item> buffer = new ArrayList<>(BATCH_SIZE);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rebook-import-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> inFlight;
    private int imported;
    private int duplicate;
    private int quarantined;

    /** Given each batch's newly stored records once the batch is committed; null: none kept. */
    private final ImportKeeper keep;

    BatchingSink(Workspace workspace, Progress progress, String fileName) {
        this(workspace, progress, fileName, null);
    }

    BatchingSink(Workspace workspace, Progress progress, String fileName,
                 ImportKeeper keep) {
        this.workspace = workspace;
        this.progress = progress;
        this.fileName = fileName;
        this.keep = keep;
    }

    @Override
    public void accept(RawRecord raw, ParsedRecord parsed) {
        // Hashing and encoding go to whichever thread has time: here while the writer is still storing the batch
        // before (a fast reader, a CSV file, waits for it anyway); otherwise the idle writer does it, so a slow
        // reader (mails, calendars) is not held up. The stored form is the same either way.
        boolean writerBusy = inFlight != null && !inFlight.isDone();
        add(new Good(raw, parsed, writerBusy ? RecordStore.Incoming.of(raw, parsed) : null));
    }

    @Override
    public void accept(RecordStore.Incoming stored) {
        add(new Good(stored.raw(), stored.parsed(), stored));
    }

    /** Hashes and encodes a record on the reader's worker thread; one that cannot be is left for the writer to quarantine. */
    @Override
    public Read ahead(Read read) {
        if (!(read instanceof Read.Record r)) return read;
        try {
            return new Read.Stored(RecordStore.Incoming.of(r.raw(), r.parsed()));
        } catch (RuntimeException e) {
            return read;
        }
    }

    @Override
    public void quarantine(Quarantined q) {
        add(new Bad(q));
    }

    private void add(Item item) {
        buffer.add(item);
        if (buffer.size() >= BATCH_SIZE) handOver();
    }

    /** Waits for the batch being written, then gives the writer this one. */
    private void handOver() {
        awaitInFlight();
        progress.checkCancelled();
        List<Item> batch = List.copyOf(buffer);
        buffer.clear();
        inFlight = writer.submit(() -> write(batch));
    }

    /** Writes what is buffered and waits until every batch is stored. */
    void flush() {
        if (!buffer.isEmpty()) handOver();
        awaitInFlight();
    }

    /** Waits for the batch in flight (after a cancel, say) and stops the writer thread; nothing buffered is written. */
    @Override
    public void close() {
        try {
            awaitInFlight();
        } finally {
            writer.shutdown();
        }
    }

    private void awaitInFlight() {
        if (inFlight == null) return;
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            inFlight = null;
        }
        progress.update("Importing " + fileName, imported + duplicate + quarantined, -1);
    }

    private void write(List<Item> batch) {
        Map<Long, Provenance> provenance = keep == null ? null : new HashMap<>();
        List<RecordStore.Incoming> goods = new ArrayList<>();
        List<Bad> bads = new ArrayList<>();
        for (Item item : batch) { // encoded before the transaction opens
            if (item instanceof Bad bad) {
                bads.add(bad);
                continue;
            }
            Good g = (Good) item;
            try {
                goods.add(g.stored());
            } catch (RuntimeException e) { // as a reader quarantines a record it cannot hand over
                bads.add(new Bad(new Quarantined(g.raw().provenance(), "record cannot be stored: " + e, g.raw().raw())));
            }
        }
        List<RecordStore.Reading> stored = workspace.inTransaction(() -> {
            for (Bad bad : bads) write(bad);
            long[] ids = keep == null ? null : new long[goods.size()];
            List<RecordStore.InsertOutcome> outcomes = workspace.records().insertAll(goods, Equivalence::same, ids);
            List<RecordStore.Reading> readings = new ArrayList<>();
            for (int i = 0; i < goods.size(); i++) {
                count(goods.get(i), outcomes.get(i));
                if (ids != null && outcomes.get(i) == RecordStore.InsertOutcome.IMPORTED) {
                    RawRecord raw = goods.get(i).raw();
                    readings.add(new RecordStore.Reading(ids[i], raw.source(), raw.nativeId(), goods.get(i).parsed()));
                    provenance.put(ids[i], raw.provenance());
                }
            }
            return readings;
        });
        if (keep != null) keep.kept(stored, provenance); // only once committed: a rolled-back batch stored nothing
    }

    private void write(Bad bad) throws SQLException {
        workspace.quarantine().add(bad.quarantined());
        quarantined++;
    }

    private void count(RecordStore.Incoming good, RecordStore.InsertOutcome outcome) throws SQLException {
        switch (outcome) {
            case IMPORTED -> imported++;
            case DUPLICATE -> duplicate++;
            case CONFLICT -> {
                workspace.quarantine().add(new Quarantined(good.raw().provenance(),
                        "same " + good.raw().source().code() + " id " + good.raw().nativeId()
                                + " as an already imported record but it says something else (changed since the first"
                                + " import?); the first one is kept and this one is kept here",
                        good.raw().raw()));
                quarantined++;
            }
        }
    }

    int imported() { return imported; }

    int duplicate() { return duplicate; }

    int quarantined() { return quarantined; }
}
