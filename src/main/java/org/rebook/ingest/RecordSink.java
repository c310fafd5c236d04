package org.rebook.ingest;

import org.rebook.model.ParsedRecord;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;

/** Where readers hand each record they read, or each one they could not. */
public interface RecordSink {
    void accept(RawRecord raw, ParsedRecord parsed);

    void quarantine(Quarantined quarantined);
}
