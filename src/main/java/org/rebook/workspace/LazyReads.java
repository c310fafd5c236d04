package org.rebook.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whole-table reads streamed row by row. H2 otherwise materialises a result of more than 40 000 rows in a
 * temporary file before the first row is returned: at 100k reservations that copy was a third of export time.
 */
final class LazyReads {
    private LazyReads() { }

    static <T> T run(Connection connection, Workspace.SqlWork<T> read) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        try {
            return read.run();
        } finally {
            try (Statement st = connection.createStatement()) {
                st.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }
}
