package org.rebook.ingest;

import org.rebook.model.ParsedRecord;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;
import org.rebook.workspace.RecordStore;

/** Where readers hand each record they read, or each one they could not. */
public interface RecordSink {
    void accept(RawRecord raw, ParsedRecord parsed);

    void quarantine(Quarantined quarantined);

    /** A record whose stored form {@link #ahead} made: as {@link #accept(RawRecord, ParsedRecord)}. */
    default void accept(RecordStore.Incoming stored) {
        accept(stored.raw(), stored.parsed());
    }

    /**
     * The work a sink can do on a record before it is handed over, on any thread: readers that parse on several
     * threads call it there, so storing (hashing, encoding) is shared out too. Returns what to hand over instead.
     */
    default Read ahead(Read read) {
        return read;
    }
}
