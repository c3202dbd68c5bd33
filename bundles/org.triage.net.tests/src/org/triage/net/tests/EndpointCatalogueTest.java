package org.triage.net.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.target.Endpoint;
import org.triage.core.target.ProxySettings;
import org.triage.net.CatalogueException;
import org.triage.net.EndpointCatalogue;
import org.triage.net.IpRange;
import org.triage.net.tests.loopback.ConnectProxy;
import org.triage.net.tests.loopback.HttpServer;
import org.triage.net.tests.loopback.Loopback;

/** Microsoft's endpoints web-service JSON: read from files and URLs, wildcards mapped, versions stamped. */
class EndpointCatalogueTest {

    private static final String LOGIN = "login.microsoftonline.com";
    private static final ProxySettings NO_PROXY = new ProxySettings("environment", true, List.of(), List.of(), null);

    @TempDir
    Path folder;

    private static String sample() throws IOException {
        try (InputStream in = EndpointCatalogueTest.class.getResourceAsStream("/catalogue/worldwide-sample.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InetAddress address(String literal) {
        return IpRange.literalAddress(literal).orElseThrow();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsTheEndpointSetsOfAFileAndNamesWhatItLeftOut() throws Exception {
        EndpointCatalogue catalogue = EndpointCatalogue.load(write("worldwide.json", sample()));

        assertEquals(List.of(11, 46, 56, 59, 84), catalogue.entries().stream().map(EndpointCatalogue.Entry::id).toList());
        EndpointCatalogue.Entry signIn = catalogue.entries().get(2);
        assertEquals("Common", signIn.serviceArea());
        assertEquals("Allow", signIn.category());
        assertTrue(signIn.required());
        assertEquals(List.of(80, 443), signIn.tcpPorts());
        assertEquals(14, signIn.ips().size());
        assertEquals(3, catalogue.entries().get(1).ips().size(), "the range that is not one is left out");

        String notes = String.join("\n", catalogue.notes());
        assertTrue(notes.contains("endpoint set #5 left out: no numeric id"), notes);
        assertTrue(notes.contains("endpoint set #7 left out: urls is not a list"), notes);
        assertTrue(notes.contains("'not-a-range'"), notes);
        assertTrue(notes.contains("*.phonefactor.net (endpoint set 59)"), notes);
        assertTrue(notes.contains("*.sharepoint.com (endpoint set 46)"), notes);
    }

    @Test
    void mapsWildcardsToConcreteHostsAndTestsHttpsWhereListed() throws Exception {
        List<Endpoint> endpoints = EndpointCatalogue.load(write("worldwide.json", sample())).endpoints();

        assertTrue(endpoints.contains(new Endpoint("aadcdn.msftauth.net", 443, "*.msftauth.net")), endpoints.toString());
        assertTrue(endpoints.contains(new Endpoint("aadcdn.msauth.net", 443, "*.msauth.net")));
        assertTrue(endpoints.contains(new Endpoint(LOGIN, 443, LOGIN)));
        assertTrue(endpoints.contains(new Endpoint("crl.microsoft.com", 80, "crl.microsoft.com")),
                "a set without 443 is tested on its ports");
        assertFalse(endpoints.stream().anyMatch(e -> e.port() == 80 && e.host().equals(LOGIN)),
                "sets that list 443 are tested on 443 only");
        assertEquals(endpoints.size(), new HashSet<>(endpoints.stream().map(e -> e.host() + ":" + e.port()).toList())
                .size(), "each host once: *.microsoftonline.com adds no second " + LOGIN);
        assertFalse(endpoints.stream().anyMatch(e -> e.host().contains("*")));
    }

    @Test
    void theBuiltInCatalogueTestsTheSignInEndpointsWithMicrosoftsRanges() {
        EndpointCatalogue builtIn = EndpointCatalogue.builtIn();

        assertEquals(Endpoint.AUTHENTICATION, builtIn.endpoints());
        assertTrue(builtIn.version().startsWith("built-in sha256:"), builtIn.version());
        assertEquals(builtIn.version(), EndpointCatalogue.builtIn().version(), "the version is stable");
        for (Endpoint endpoint : Endpoint.AUTHENTICATION) {
            assertFalse(builtIn.entriesFor(endpoint.host()).isEmpty(), "no endpoint set names " + endpoint.host());
        }
        assertTrue(builtIn.publishedRanges(LOGIN).contains(IpRange.parse("20.190.128.0/18")));
    }

    @Test
    void comparesAddressesWithThePublishedRangesOfTheHost() throws Exception {
        EndpointCatalogue catalogue = EndpointCatalogue.load(write("worldwide.json", sample()));

        assertEquals(true, catalogue.inPublishedRanges(LOGIN, List.of(address("20.190.151.67"))));
        assertEquals(true, catalogue.inPublishedRanges(LOGIN, List.of(address("2603:1006:2000::13"))));
        assertEquals(false, catalogue.inPublishedRanges(LOGIN, List.of(address("127.0.0.1"))));
        assertEquals(false, catalogue.inPublishedRanges(LOGIN,
                List.of(address("20.190.151.67"), address("10.1.2.3"))), "every address must be in a range");
        assertNull(catalogue.inPublishedRanges("aadcdn.msftauth.net", List.of(address("127.0.0.1"))),
                "*.msftauth.net has no published ranges: nothing to compare");
        assertNull(catalogue.inPublishedRanges(LOGIN, List.of()));
        assertEquals(List.of(IpRange.parse("13.107.136.0/22"), IpRange.parse("40.108.128.0/17"),
                IpRange.parse("2620:1ec:8f8::/46")), catalogue.publishedRanges("tenant.sharepoint.com"));
        assertEquals(56, catalogue.entriesFor(LOGIN).get(0).id(), "an exact URL wins over *.microsoftonline.com");
    }

    @Test
    void theVersionIsTheOneGivenOrADigestOfTheContent() throws Exception {
        String json = sample();
        EndpointCatalogue first = EndpointCatalogue.load(write("a.json", json));
        EndpointCatalogue same = EndpointCatalogue.load(write("a.json", json));
        EndpointCatalogue changed = EndpointCatalogue.load(write("a.json", json.replace("20.190.128.0/18",
                "20.190.128.0/19")));

        assertEquals(first.version(), same.version());
        assertNotEquals(first.version(), changed.version());
        assertTrue(first.version().matches("a\\.json sha256:[0-9a-f]{12}"), first.version());
        assertEquals("2025113000", EndpointCatalogue.parse(json, "web service", "2025113000",
                EndpointCatalogue.WILDCARD_TEST_HOSTS).version());
    }

    @Test
    void badInputGetsAClearError() throws Exception {
        CatalogueException missing = assertThrows(CatalogueException.class,
                () -> EndpointCatalogue.load(folder.resolve("absent.json")));
        assertTrue(missing.getMessage().contains("no endpoint catalogue at"), missing.getMessage());

        CatalogueException notJson = assertThrows(CatalogueException.class,
                () -> EndpointCatalogue.load(write("broken.json", "[{\"id\": 56,")));
        assertTrue(notJson.getMessage().contains("is not JSON"), notJson.getMessage());

        CatalogueException notAnArray = assertThrows(CatalogueException.class,
                () -> EndpointCatalogue.load(write("object.json", "{\"instance\":\"Worldwide\",\"latest\":\"2025113000\"}")));
        assertTrue(notAnArray.getMessage().contains("expected an array of endpoint sets"), notAnArray.getMessage());

        CatalogueException serviceError = assertThrows(CatalogueException.class,
                () -> EndpointCatalogue.load(write("error.json", "{\"error\":\"Invalid ClientRequestId\"}")));
        assertTrue(serviceError.getMessage().contains("Invalid ClientRequestId"), serviceError.getMessage());

        CatalogueException nothingUsable = assertThrows(CatalogueException.class,
                () -> EndpointCatalogue.load(write("empty.json", "[]")));
        assertTrue(nothingUsable.getMessage().contains("no usable endpoint set"), nothingUsable.getMessage());
    }

    @Test
    void fetchesTheCatalogueFromAUrl() throws Exception {
        try (HttpServer service = new HttpServer("200 OK", sample())) {
            EndpointCatalogue catalogue = EndpointCatalogue.open(
                    service.url("/endpoints/worldwide?clientrequestid=b10c5ed1-bad1-445f-b386-b919946339a7"),
                    Duration.ofSeconds(10), NO_PROXY);

            assertEquals(5, catalogue.entries().size());
            assertTrue(catalogue.version().startsWith(Loopback.ADDRESS + " sha256:"), catalogue.version());
            assertTrue(service.requests().get(0).startsWith("GET /endpoints/worldwide?clientrequestid="),
                    service.requests().toString());
        }
    }

    @Test
    void fetchingGoesThroughTheConfiguredProxy() throws Exception {
        try (HttpServer service = new HttpServer("200 OK", sample()); ConnectProxy proxy = new ConnectProxy()) {
            ProxySettings settings = new ProxySettings("environment", false,
                    List.of("http=http://" + Loopback.ADDRESS + ":" + proxy.port()), List.of(), null);
            String authority = Loopback.ADDRESS + ":" + service.port();
            proxy.route(authority, service.port());
            EndpointCatalogue catalogue = EndpointCatalogue.open(service.url("/endpoints/worldwide"),
                    Duration.ofSeconds(10), settings);

            assertEquals(5, catalogue.entries().size());
            assertEquals(List.of("GET " + authority), proxy.forwarded());
            assertEquals(1, service.requests().size());
        }
    }

    @Test
    void anErrorStatusFromTheServiceIsAClearError() throws Exception {
        try (HttpServer service = new HttpServer("400 Bad Request", "{\"error\":\"Invalid ClientRequestId\"}")) {
            CatalogueException error = assertThrows(CatalogueException.class, () -> EndpointCatalogue
                    .open(service.url("/endpoints/worldwide"), Duration.ofSeconds(10), NO_PROXY));
            assertTrue(error.getMessage().contains("HTTP 400") && error.getMessage().contains("Invalid ClientRequestId"),
                    error.getMessage());
        }
    }
}
