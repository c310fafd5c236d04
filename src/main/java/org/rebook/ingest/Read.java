package org.rebook.ingest;

import org.rebook.model.ParsedRecord;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;
import org.rebook.workspace.RecordStore;

/**
 * What reading one record gave: the record, or what to quarantine. Readers that parse on several threads make
 * these anywhere and hand them to their sink in file order, on the reader's own thread.
 */
public sealed interface Read permits Read.Record, Read.Stored, Read.Bad {
    void to(RecordSink sink);

    static Read of(RawRecord raw, ParsedRecord parsed) { return new Record(raw, parsed); }

    static Read bad(Quarantined quarantined) { return new Bad(quarantined); }

    record Record(RawRecord raw, ParsedRecord parsed) implements Read {
        @Override public void to(RecordSink sink) { sink.accept(raw, parsed); }
    }

    /** A record with its stored form already made ({@link RecordSink#ahead}). */
    record Stored(RecordStore.Incoming incoming) implements Read {
        @Override public void to(RecordSink sink) { sink.accept(incoming); }
    }

    record Bad(Quarantined quarantined) implements Read {
        @Override public void to(RecordSink sink) { sink.quarantine(quarantined); }
    }
}
