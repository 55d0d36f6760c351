package org.bonetrack.accounts.internal;

import jakarta.servlet.Filter;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Each request's session read from the store once.
 * <p>
 * Spring Session's filter saves the session at the end of a request, forgets what it read, and
 * then reads the session again only to learn which session id the request asked for: one more
 * query and transaction on every page. Here the session this thread has just saved answers that
 * next read (it is what the store now holds), once. {@link #requestScope} forgets it when the
 * request ends, so a later request on the same thread always reads the store.
 * <p>
 * Applied around the JDBC repository bean as a class proxy: the repository keeps its type, and
 * Spring Boot's session configuration, which steps back for any other session repository bean,
 * stays as it is.
 */
final class SessionReadOncePerRequest implements MethodInterceptor, BeanPostProcessor {

	private final ThreadLocal<@Nullable Session> justSaved = new ThreadLocal<>();

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		Object[] arguments = invocation.getArguments();
		switch (invocation.getMethod().getName()) {
			case "save" -> {
				this.justSaved.remove();
				Object result = invocation.proceed();
				if (arguments.length == 1 && arguments[0] instanceof Session session) {
					this.justSaved.set(session);
				}
				return result;
			}
			case "findById" -> {
				Session saved = this.justSaved.get();
				this.justSaved.remove();
				if (saved != null && arguments.length == 1 && saved.getId().equals(arguments[0])) {
					return saved;
				}
				return invocation.proceed();
			}
			default -> {
				this.justSaved.remove();
				return invocation.proceed();
			}
		}
	}

	/** Wraps the JDBC session repository bean. */
	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof JdbcIndexedSessionRepository)) {
			return bean;
		}
		ProxyFactory proxy = new ProxyFactory(bean);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(this);
		return proxy.getProxy(bean.getClass().getClassLoader());
	}

	/**
	 * Forgets the saved session once a dispatch (and the session filter inside it) is done; on every
	 * dispatch it is registered for, as forgetting twice costs nothing.
	 */
	Filter requestScope() {
		return (request, response, chain) -> {
			try {
				chain.doFilter(request, response);
			}
			finally {
				this.justSaved.remove();
			}
		};
	}

}
