package org.allteach.support;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements the current thread sends, to catch lists that run one query per row. Registered with
 * Hibernate in the test profile; background jobs on other threads do not disturb the count.
 */
public class QueryCounter implements StatementInspector {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** The statements the work sent from this thread. */
    public static long count(Runnable work) {
        long before = COUNT.get()[0];
        work.run();
        return COUNT.get()[0] - before;
    }
}
