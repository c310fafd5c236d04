package org.rebook.ingest;

/** What one file's import did. {@code note} explains skipped files and file-level failures. */
public record FileReport(String fileName, SourceFormat format, int imported, int duplicate, int quarantined,
                         String note) {
    public String summary() {
        String counts = imported + " imported, " + duplicate + " duplicate, " + quarantined + " quarantined";
        return fileName + " (" + format.label() + "): " + (note == null ? counts : counts + " — " + note);
    }
}
