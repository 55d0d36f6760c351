package org.bonetrack.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the current thread prepares or creates on the application's
 * DataSource while {@link #count(Callable)} runs, so a test can show that a page costs the same
 * number of statements whatever the amount of data. A JDBC batch counts once.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final ThreadLocal<List<String>> COUNT = new ThreadLocal<>();

	/** What ran, how many statements it cost on this thread, and their SQL (null for plain statements). */
	public record Counted<T>(T result, int statements, List<String> sql) {

		/** How many of the statements contain the text, ignoring case. */
		public long containing(String text) {
			return sql.stream().filter(s -> s != null && s.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))).count();
		}

	}

	public <T> Counted<T> count(Callable<T> work) throws Exception {
		List<String> statements = new ArrayList<>();
		COUNT.set(statements);
		try {
			T result = work.call();
			return new Counted<>(result, statements.size(), Collections.unmodifiableList(statements));
		}
		finally {
			COUNT.remove();
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource && !(bean instanceof org.springframework.aop.framework.Advised)) {
			// a class proxy, so that the bean keeps its type (HikariDataSource)
			org.springframework.aop.framework.ProxyFactory factory = new org.springframework.aop.framework.ProxyFactory(bean);
			factory.setProxyTargetClass(true);
			factory.addAdvice((org.aopalliance.intercept.MethodInterceptor) invocation -> {
				Object result = invocation.proceed();
				return result instanceof Connection connection ? connection(connection) : result;
			});
			return factory.getProxy();
		}
		return bean;
	}

	private static Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			if (STATEMENT_METHODS.contains(method.getName())) {
				List<String> statements = COUNT.get();
				if (statements != null) {
					statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : null);
				}
			}
			return invoke(target, method, args);
		});
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	interface Handler<T> {

		Object handle(T target, Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args.length == 1 && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(target)) {
				return target;
			}
			if (method.getName().equals("isWrapperFor") && args != null && args.length == 1
					&& args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
				return true;
			}
			return handler.handle(target, method, args);
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, invocation);
	}

}
