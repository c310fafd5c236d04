package org.rebook.ingest;

import java.util.ArrayList;
import java.util.List;
import org.rebook.model.ParsedRecord;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;

/** A sink that keeps what readers hand it, for assertions. */
public final class CollectingSink implements RecordSink {
    public final List<RawRecord> raws = new ArrayList<>();
    public final List<ParsedRecord> parsed = new ArrayList<>();
    public final List<Quarantined> quarantined = new ArrayList<>();

    @Override
    public void accept(RawRecord raw, ParsedRecord record) {
        raws.add(raw);
        parsed.add(record);
    }

    @Override
    public void quarantine(Quarantined q) {
        quarantined.add(q);
    }

    @SuppressWarnings("unchecked")
    public <T extends ParsedRecord> List<T> parsedAs(Class<T> type) {
        return (List<T>) parsed.stream().filter(type::isInstance).toList();
    }
}
