package org.rebook.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rebook.model.ParsedRecord;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;
import org.rebook.task.Progress;
import org.rebook.workspace.RecordStore;
import org.rebook.workspace.Workspace;

/**
 * Buffers what a reader produces and writes it in batches, each batch in one transaction, so a crash never
 * leaves a half-written record and a large file does not hold one giant transaction open.
 */
final class BatchingSink implements RecordSink {
    static final int BATCH_SIZE = 500;

    private sealed interface Item permits Good, Bad { }

    private record Good(RawRecord raw, ParsedRecord parsed) implements Item { }

    private record Bad(Quarantined quarantined) implements Item { }

    private final Workspace workspace;
    private final Progress progress;
    private final String fileName;
    private final List<Item> buffer = new ArrayList<>(BATCH_SIZE);
    private int imported;
    private int duplicate;
    private int quarantined;

    BatchingSink(Workspace workspace, Progress progress, String fileName) {
        this.workspace = workspace;
        this.progress = progress;
        this.fileName = fileName;
    }

    @Override
    public void accept(RawRecord raw, ParsedRecord parsed) {
        add(new Good(raw, parsed));
    }

    @Override
    public void quarantine(Quarantined q) {
        add(new Bad(q));
    }

    private void add(Item item) {
        buffer.add(item);
        if (buffer.size() >= BATCH_SIZE) flush();
    }

    void flush() {
        if (buffer.isEmpty()) return;
        progress.checkCancelled();
        workspace.inTransaction(() -> {
            List<Good> goods = new ArrayList<>();
            for (Item item : buffer) {
                if (item instanceof Good g) goods.add(g);
                else write((Bad) item);
            }
            List<RecordStore.Incoming> incoming = goods.stream().map(g -> new RecordStore.Incoming(g.raw(), g.parsed())).toList();
            List<RecordStore.InsertOutcome> outcomes = workspace.records().insertAll(incoming, Equivalence::same);
            for (int i = 0; i < goods.size(); i++) count(goods.get(i), outcomes.get(i));
            return null;
        });
        buffer.clear();
        progress.update("Importing " + fileName, imported + duplicate + quarantined, -1);
    }

    private void write(Bad bad) throws SQLException {
        workspace.quarantine().add(bad.quarantined());
        quarantined++;
    }

    private void count(Good good, RecordStore.InsertOutcome outcome) throws SQLException {
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
