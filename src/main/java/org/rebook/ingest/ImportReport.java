package org.rebook.ingest;

import java.util.List;

/** The outcome of one import run over several files. */
public record ImportReport(List<FileReport> files, boolean cancelled) {
    public ImportReport {
        files = List.copyOf(files);
    }

    public int imported() { return files.stream().mapToInt(FileReport::imported).sum(); }

    public int duplicate() { return files.stream().mapToInt(FileReport::duplicate).sum(); }

    public int quarantined() { return files.stream().mapToInt(FileReport::quarantined).sum(); }

    public String summary() {
        return imported() + " imported, " + duplicate() + " duplicate, " + quarantined() + " quarantined from "
                + files.size() + " file(s)" + (cancelled ? " (cancelled)" : "");
    }
}
