package org.rebook.ingest;

import org.rebook.model.ParsedRecord;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;

/**
 * What reading one record gave: the record, or what to quarantine. Readers that parse on several threads make
 * these anywhere and hand them to their sink in file order, on the reader's own thread.
 */
public sealed interface Read permits Read.Record, Read.Bad {
    void to(RecordSink sink);

    static Read of(RawRecord raw, ParsedRecord parsed) { return new Record(raw, parsed); }

    static Read bad(Quarantined quarantined) { return new Bad(quarantined); }

    record Record(RawRecord raw, ParsedRecord parsed) implements Read {
        @Override public void to(RecordSink sink) { sink.accept(raw, parsed); }
    }

    record Bad(Quarantined quarantined) implements Read {
        @Override public void to(RecordSink sink) { sink.quarantine(quarantined); }
    }
}
