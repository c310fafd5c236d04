package org.rebook.ingest;

import java.io.IOException;
import org.rebook.task.Progress;

/** A connector that reads records from a live service (Stripe API, Google Calendar, IMAP) into a sink. */
@FunctionalInterface
public interface LiveReader {
    void read(RecordSink sink, Progress progress) throws IOException;
}
