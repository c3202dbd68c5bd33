/**
 * Live endpoint tests for the targets that inspect a real machine. A target answers
 * {@code Target.endpoints(endpoints, monitor)} with
 *
 * <pre>
 * EndpointSuite.builder()                 // built-in catalogue, system resolver, 5 s per step, JDK trust store
 *         .catalogue(catalogue)            // optional: EndpointCatalogue.open(fileOrUrl, timeout, proxy)
 *         .build()
 *         .probe(endpoints, proxySettings, monitor);
 * </pre>
 *
 * where {@code proxySettings} is the target's own {@code proxy()} value: WinHTTP's list on Windows
 * ({@code proxy:8080}, {@code http=a:80;https=b:443}, bypass {@code <local>;*.contoso.com}),
 * {@link org.triage.net.Proxies#fromEnvironment} on Linux. Each endpoint is tested directly and, where the
 * settings send it to a proxy, through that proxy with CONNECT; the results map onto
 * {@code org.triage.core.target.EndpointCheck} with Test-NetConnection's names where it has them.
 * Nothing here touches the operating system beyond opening sockets and resolving names; tests inject a
 * {@link org.triage.net.StaticHostResolver} so that every connection goes to 127.0.0.1.
 */
package org.triage.net;
