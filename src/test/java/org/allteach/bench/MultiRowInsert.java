package org.allteach.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Buffers rows and sends them as one multi-row INSERT per batch: a round trip and a parse per batch instead of per
 * row, which is what makes seeding a bench's hundreds of thousands of rows take seconds.
 */
final class MultiRowInsert implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final int rowsPerInsert;
    private final String insert;
    private final String tuple;
    private final List<Object> values = new ArrayList<>();
    private int rows;
    private MultiRowInsert referenced;

    /** Keep a batch's size (rows × row size) well below MariaDB's max_allowed_packet (16 MB by default). */
    MultiRowInsert(JdbcTemplate jdbc, int rowsPerInsert, String table, String... columns) {
        this.jdbc = jdbc;
        this.rowsPerInsert = rowsPerInsert;
        this.insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.tuple = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    /** These rows point at those (a foreign key), so those are sent first. */
    MultiRowInsert referencing(MultiRowInsert rows) {
        this.referenced = rows;
        return this;
    }

    void add(Object... row) {
        values.addAll(Arrays.asList(row));
        if (++rows == rowsPerInsert) {
            flush();
        }
    }

    private void flush() {
        if (rows > 0) {
            if (referenced != null) {
                referenced.flush();
            }
            jdbc.update(insert + String.join(", ", Collections.nCopies(rows, tuple)), values.toArray());
            values.clear();
            rows = 0;
        }
    }

    @Override
    public void close() {
        flush();
    }
}
