package vn.phoihop.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the SQL statements the application runs, for the benchmarks' statements per instance: a
 * figure that, unlike a rate on a shared two-core machine, does not move between runs. Each
 * statement executed, or added to a batch, through the application's data source counts once,
 * on any thread but the benchmark's own {@code main} (its polling for finished instances).
 */
@Configuration(proxyBeanMethods = false)
class SqlStatements {

    private static final LongAdder COUNT = new LongAdder();
    /** With {@code -Dbench.sql.top=N}, each statement's text is counted too, to print the N most frequent. */
    private static final int TOP = Integer.getInteger("bench.sql.top", 0);
    private static final Map<String, LongAdder> BY_TEXT = new ConcurrentHashMap<>();
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    static long count() {
        return COUNT.sum();
    }

    /** The most frequent statements since the last call, per {@code instances}; empty unless bench.sql.top is set. */
    static String topSince(int instances) {
        if (TOP == 0) {
            return "";
        }
        StringBuilder top = new StringBuilder();
        BY_TEXT.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> entry) -> entry.getValue().sum()).reversed())
                .limit(TOP)
                .forEach(entry -> top.append(String.format("%n    %6.1f  %s", entry.getValue().sum() / (double) instances, entry.getKey())));
        BY_TEXT.clear();
        return top.toString();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource) : bean;
            }
        };
    }

    private static <T> T proxy(Class<T> type, T target) {
        return proxy(type, target, null);
    }

    /** {@code sql}: the text a prepared statement was made with. */
    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, String sql) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (EXECUTIONS.contains(method.getName()) && Statement.class.isAssignableFrom(method.getDeclaringClass())
                    && !"main".equals(Thread.currentThread().getName())) {
                COUNT.increment();
                if (TOP > 0) {
                    String text = sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
                    String shown = text.strip().replaceAll("\\s+", " ");
                    BY_TEXT.computeIfAbsent(shown.substring(0, Math.min(100, shown.length())), key -> new LongAdder()).increment();
                }
            }
            Object result = invoke(method, target, args);
            return wrap(result, method.getName().startsWith("prepare") && args != null && args[0] instanceof String s ? s : null);
        };
        return (T) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** Connections and statements handed out are counted too; anything else is returned as it is. */
    private static Object wrap(Object result, String sql) {
        if (result instanceof CallableStatement callable) {
            return proxy(CallableStatement.class, callable, sql);
        }
        if (result instanceof PreparedStatement prepared) {
            return proxy(PreparedStatement.class, prepared, sql);
        }
        if (result instanceof Statement statement) {
            return proxy(Statement.class, statement);
        }
        if (result instanceof Connection connection) {
            return proxy(Connection.class, connection);
        }
        return result;
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
