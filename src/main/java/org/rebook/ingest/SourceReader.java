package org.rebook.ingest;

import java.io.IOException;
import java.time.ZoneId;

/** Reads one file format. Bad records go to the sink's quarantine; only an unreadable file throws. */
public interface SourceReader {
    void read(SourceFile file, ZoneId businessZone, RecordSink sink) throws IOException;
}
