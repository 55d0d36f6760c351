package org.bonetrack.accounts.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages use form login; the JSON API under {@code /api} takes the browser
 * session (with an X-CSRF-TOKEN header on unsafe methods) or a personal access token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ LockoutProperties.class, AdminBootstrapProperties.class })
class SecurityConfiguration {

	/** No inline scripts or styles anywhere: every asset is a file served by BoneTrack itself. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final RequestMatcher BEARER_REQUEST = (HttpServletRequest request) -> {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	};

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id for new hashes; the prefix in each stored hash lets the algorithm change later.
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, PersonalAccessTokenService tokens, JsonMapper json)
			throws Exception {
		ProblemJsonResponses problems = new ProblemJsonResponses(json);
		AuthenticationFilter bearer = new AuthenticationFilter(
				new ProviderManager(new AccessTokenAuthenticationProvider(tokens)),
				request -> AccessTokenAuthentication
					.unauthenticated(request.getHeader("Authorization").substring(7).trim()));
		bearer.setRequestMatcher(BEARER_REQUEST);
		bearer.setSuccessHandler((request, response, authentication) -> {
			// carry on with the request, now authenticated
		});
		bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));

		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/me/**")
				.hasRole("PATIENT")
				.requestMatchers("/api/v1/patients/**")
				.hasRole("CLINICIAN")
				.requestMatchers("/api/v1/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(BEARER_REQUEST))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.requestCache(cache -> cache.disable())
			.headers(SecurityConfiguration::securityHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/invite/**", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
					"/favicon.ico", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/me", "/me/**")
			.hasRole("PATIENT")
			.requestMatchers("/clinician", "/clinician/**")
			.hasRole("CLINICIAN")
			.requestMatchers("/admin", "/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/actuator/**")
			.denyAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(SecurityConfiguration::securityHeaders)
			.httpBasic(basic -> basic.disable())
			.csrf(Customizer.withDefaults());
		return http.build();
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=()"));
	}

}
