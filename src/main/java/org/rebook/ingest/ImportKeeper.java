package org.rebook.ingest;

import java.util.List;
import java.util.Map;
import org.rebook.model.Provenance;
import org.rebook.workspace.RecordStore;

/**
 * Receives what an import stored, batch by batch once each batch is committed (on the writer thread): each new
 * record's reading and provenance by id. The one-shot path (import, reconcile, export) keeps them so it need
 * not read every record back from the workspace.
 */
@FunctionalInterface
public interface ImportKeeper {
    void kept(List<RecordStore.Reading> readings, Map<Long, Provenance> provenance);
}
