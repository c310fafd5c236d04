package org.rebook.ingest;

import java.nio.file.Path;
import org.rebook.model.Provenance;

/** A file to read: where it is on disk, the name to show and record, and its content hash. */
public record SourceFile(Path path, String displayName, String sha256) {
    public Provenance at(String position) {
        return new Provenance(displayName, sha256, position);
    }
}
