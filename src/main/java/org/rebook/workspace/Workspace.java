package org.rebook.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * An incident workspace: a folder holding an embedded H2 database. Created on first use, migrated with
 * Flyway, reopened later. One connection, used from one thread at a time (callers serialise access).
 */
public final class Workspace implements AutoCloseable {
    public static final String DB_FILE_STEM = "rebook";

    static {
        // H2 keeps a shared cache of recent string values, hashing every string it stores or reads to look it
        // up; a workspace's strings are mostly whole mails and CSV rows that never repeat, so that is pure cost
        // (about 2 CPU seconds of a 100k import). Read once, when H2 first loads: set before any connection.
        if (System.getProperty("h2.objectCache") == null) System.setProperty("h2.objectCache", "false");
    }

    private final Path dir;
    private final Connection connection;
    private final RecordStore records;
    private final QuarantineStore quarantine;
    private final ResultStore results;
    private final Journal journal;
    private final SettingStore settings;
    private final DecisionStore decisions;
    private final TemplateStore templates;
    private final ScoringStore scoring;

    private Workspace(Path dir, Connection connection) {
        this.dir = dir;
        this.connection = connection;
        this.records = new RecordStore(connection);
        this.quarantine = new QuarantineStore(connection);
        this.results = new ResultStore(connection);
        this.journal = new Journal(connection);
        this.settings = new SettingStore(connection);
        this.decisions = new DecisionStore(connection);
        this.templates = new TemplateStore(connection);
        this.scoring = new ScoringStore(connection);
    }

    /** Opens the workspace in {@code dir}, creating folder and database when they do not exist yet. */
    public static Workspace open(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create workspace folder " + absolute, e);
        }
        String url = "jdbc:h2:file:" + absolute.resolve(DB_FILE_STEM) + ";DB_CLOSE_ON_EXIT=FALSE";
        try {
            Connection connection = DriverManager.getConnection(url, "rebook", "");
            Flyway.configure().dataSource(url, "rebook", "").locations("classpath:db/migration").load().migrate();
            return new Workspace(absolute, connection);
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new WorkspaceException("Workspace " + absolute + " is open in another Rebook window or command;"
                        + " close that one first", e);
            }
            throw new WorkspaceException("Cannot open workspace " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** True when {@code dir} already holds a Rebook workspace. */
    public static boolean exists(Path dir) {
        return Files.exists(dir.resolve(DB_FILE_STEM + ".mv.db"));
    }

    public Path dir() { return dir; }

    /** The name shown to users: the folder name. */
    public String name() { return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString(); }

    public RecordStore records() { return records; }

    public QuarantineStore quarantine() { return quarantine; }

    public ResultStore results() { return results; }

    public Journal journal() { return journal; }

    public SettingStore settings() { return settings; }

    /** People's decisions and the audit log. */
    public DecisionStore decisions() { return decisions; }

    /** Mail templates taught in this workspace. */
    public TemplateStore templates() { return templates; }

    /** What the last full reconcile learnt about the incident (frequencies, match weights). */
    public ScoringStore scoring() { return scoring; }

    /** Runs {@code work} in one transaction: all of it commits, or none of it does. */
    public <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Workspace write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot close workspace: " + e.getMessage(), e);
        }
    }

    /** A unit of database work that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run() throws SQLException;
    }
}
