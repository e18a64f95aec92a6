package org.allteach.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records every SQL statement the current thread sends, whoever sends it: Hibernate, and the JdbcClient queries
 * (thread lists, post annotations) that Hibernate's statistics and its StatementInspector ({@code QueryCounter}) never
 * see. It wraps the application's DataSource, which Hibernate, JdbcClient and the transaction manager all share.
 */
class JdbcStatementLog implements BeanPostProcessor {

    private static final Set<String> STATEMENT_EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    /** Non-null only while {@link #record} runs on this thread, so the timed runs pay for a lookup, nothing more. */
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Logging) ? new Logging(dataSource) : bean;
    }

    /** The SQL the work sent from this thread, in order. */
    static List<String> record(Runnable work) {
        List<String> sent = new ArrayList<>();
        RECORDING.set(sent);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return sent;
    }

    private static void sent(Object sql) {
        List<String> recording = RECORDING.get();
        if (recording != null) {
            recording.add(String.valueOf(sql).replaceAll("\\s+", " ").strip());
        }
    }

    private static final class Logging extends DelegatingDataSource {

        Logging(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return logging(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return logging(super.getConnection(username, password));
        }
    }

    private static Connection logging(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            switch (method.getName()) {
                case "prepareStatement", "prepareCall" -> sent(args[0]);
                case "createStatement" -> {
                    return proxy(Statement.class, (Statement) invoke(connection, method, args), (executed, sql) -> {
                        if (STATEMENT_EXECUTIONS.contains(executed.getName()) && sql != null && sql.length > 0) {
                            sent(sql[0]);
                        }
                        return NOT_HANDLED;
                    });
                }
                default -> {
                }
            }
            return NOT_HANDLED;
        });
    }

    private static final Object NOT_HANDLED = new Object();

    private interface Interceptor {
        Object before(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Interceptor interceptor) {
        return type.cast(Proxy.newProxyInstance(JdbcStatementLog.class.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> {
                    Object handled = interceptor.before(method, args);
                    return handled != NOT_HANDLED ? handled : invoke(target, method, args);
                }));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
