package dev.sse.model.io.importer;

import dev.sse.model.io.json.JsonCursor;
import dev.sse.model.io.json.NetworkFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --from URL} (issue 22 item 4): fetches the live responses an importer reads into files, following each API's
 * paging, with a timeout per request; the importers then read the files as they read recorded ones. Paging, from
 * shared/real-data SHAPES.md: the Cosmos SDK's {@code pagination.key} / {@code pagination.next_key} (base64, null on the
 * last page; cosmos/cosmos-sdk {@code types/query/pagination.proto}), EigenExplorer's {@code skip} / {@code take} with
 * {@code meta.total} (its OpenAPI description, {@code shapes/eigenexplorer-openapi-operators-avs.json}).
 */
public final class LiveFetch {

    /** The default timeout of one request. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Cosmos page size: the SDK's largest default page is 100; LCDs cap {@code pagination.limit} themselves. */
    static final int COSMOS_LIMIT = 200;
    /** EigenExplorer's largest {@code take}. */
    static final int EIGEN_TAKE = 100;
    /** More pages than this is a server that never says "last page". */
    static final int MAX_PAGES = 10_000;

    /** A request that failed: its one line, e.g. {@code GET https://…/validators?…: HTTP 404}. */
    public static final class Failed extends IOException {
        Failed(String line) {
            super(line);
        }
    }

    private final HttpClient http;
    private final Duration timeout;
    private final Path dir;
    private final List<String> fetched = new ArrayList<>();

    /** Fetches into {@code dir} (which must exist), each request within {@code timeout}. */
    public LiveFetch(Path dir, Duration timeout) {
        this.dir = dir;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The URLs fetched so far, in order. */
    public List<String> fetched() {
        return List.copyOf(fetched);
    }

    /** Every page of bonded validators: {@code GET /cosmos/staking/v1beta1/validators?status=BOND_STATUS_BONDED}. */
    public List<Path> cosmosValidators(String lcd) throws IOException, NetworkFormatException {
        List<Path> pages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String key = null;
        do {
            String url = base(lcd) + "/cosmos/staking/v1beta1/validators?status=BOND_STATUS_BONDED&pagination.limit="
                    + COSMOS_LIMIT + (key == null ? "" : "&pagination.key=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
            Path page = get(url, "validators-page-" + (pages.size() + 1) + ".json");
            pages.add(page);
            key = nextKey(page);
            if (key != null && !seen.add(key) || pages.size() > MAX_PAGES) {
                throw new Failed("GET " + url + ": the server repeats pagination.next_key " + key);
            }
        } while (key != null);
        return pages;
    }

    /** The ICS provider's consumer chains: {@code GET /interchain_security/ccv/provider/consumer_chains}. */
    public Path consumerChains(String lcd) throws IOException {
        return get(base(lcd) + "/interchain_security/ccv/provider/consumer_chains", "consumer-chains.json");
    }

    /** One consumer's validators: {@code GET …/provider/consumer_validators/{chain id (ICS v5) or consumer id (v6)}}. */
    public Path consumerValidators(String lcd, String id) throws IOException {
        return get(base(lcd) + "/interchain_security/ccv/provider/consumer_validators/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8), "consumer-validators-" + safe(id) + ".json");
    }

    /**
     * One era's exposures of a relay chain's active validators from Substrate API Sidecar (shared/real-data/polkadot
     * SHAPES.md): {@code GET /pallets/staking/validators} for the stashes with status {@code active}, then for each
     * {@code GET /pallets/staking/storage/erasStakersOverview?keys[]={era}&keys[]={stash}}, one file per stash for
     * {@link RelayExposures} (a stash without an exposure in that era answers {@code "value": null} and is skipped
     * there). One request per validator: about 1,000 on Kusama.
     */
    public List<Path> relayExposures(String sidecar, long era) throws IOException, NetworkFormatException {
        JsonCursor root = JsonCursor.read(get(base(sidecar) + "/pallets/staking/validators", "validators.json"));
        List<Path> out = new ArrayList<>();
        for (JsonCursor v : root.field("validators").items()) {
            if (v.field("status").string().equals("active")) {
                String stash = v.field("address").string();
                out.add(get(base(sidecar) + "/pallets/staking/storage/erasStakersOverview?keys%5B%5D=" + era
                        + "&keys%5B%5D=" + URLEncoder.encode(stash, StandardCharsets.UTF_8), "exposure-"
                        + (out.size() + 1) + ".json"));
            }
        }
        if (out.isEmpty()) {
            throw root.field("validators").error("no validator has status \"active\"");
        }
        return out;
    }

    /** Every page of {@code GET /operators?withTvl=true} (or {@code /avs}): {@code skip} by {@code take} to {@code meta.total}. */
    public List<Path> eigenExplorer(String api, String resource) throws IOException, NetworkFormatException {
        List<Path> pages = new ArrayList<>();
        int skip = 0;
        while (true) {
            String url = base(api) + "/" + resource + "?withTvl=true&skip=" + skip + "&take=" + EIGEN_TAKE;
            Path page = get(url, resource + "-page-" + (pages.size() + 1) + ".json");
            pages.add(page);
            JsonCursor root = JsonCursor.read(page);
            int n = root.isObject() && root.has("data") ? root.field("data").items().size() : 0;
            long total = root.isObject() && root.has("meta") && root.field("meta").has("total")
                    ? (long) root.field("meta").field("total").number() : Long.MAX_VALUE;
            skip += n;
            if (n == 0 || skip >= total || pages.size() > MAX_PAGES) {
                return pages;
            }
        }
    }

    /**
     * The inputs of {@code import cosmos} from a provider's LCD: its bonded validators, its consumer chains (none when
     * the chain has no ICS provider module: HTTP 404 or 501) and the validators of each consumer listed there (by
     * consumer id from ICS v6, by chain id before), keyed by chain id.
     */
    public record CosmosInputs(List<Path> validators, Path consumerChains, java.util.Map<String, Path> consumerValidators) {
    }

    public CosmosInputs cosmos(String lcd) throws IOException, NetworkFormatException {
        List<Path> validators = cosmosValidators(lcd);
        Path chains;
        try {
            chains = consumerChains(lcd);
        } catch (IOException e) {
            if (e.getMessage() != null && (e.getMessage().endsWith("HTTP 404") || e.getMessage().endsWith("HTTP 501"))) {
                return new CosmosInputs(validators, null, java.util.Map.of());
            }
            throw e;
        }
        java.util.Map<String, Path> consumers = new java.util.LinkedHashMap<>();
        for (IcsConsumers.Consumer c : IcsConsumers.read(JsonCursor.read(chains))) {
            if (c.launched()) {
                consumers.put(c.chainId(), consumerValidators(lcd, c.consumerId() != null ? c.consumerId() : c.chainId()));
            }
        }
        return new CosmosInputs(validators, chains, consumers);
    }

    /** {@code pagination.next_key} of a Cosmos page; null on the last page (null, empty or absent). */
    static String nextKey(Path page) throws IOException, NetworkFormatException {
        JsonCursor root = JsonCursor.read(page);
        if (!root.isObject()) {
            throw root.expected("a Cosmos response object");
        }
        if (!root.has("pagination") || root.field("pagination").isNull()) {
            return null;
        }
        JsonCursor p = root.field("pagination");
        if (!p.has("next_key") || p.field("next_key").isNull()) {
            return null;
        }
        String key = p.field("next_key").string();
        return key.isEmpty() ? null : key;
    }

    private Path get(String url, String name) throws IOException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/json").GET().build();
        } catch (IllegalArgumentException e) {
            throw new Failed("not a URL: " + url);
        }
        Path file = dir.resolve(name);
        HttpResponse<Path> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofFile(file));
        } catch (HttpTimeoutException e) {
            throw new Failed("GET " + url + ": no answer within " + timeout.toSeconds() + " s");
        } catch (java.net.ConnectException e) {
            throw new Failed("GET " + url + ": cannot connect");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("GET " + url + ": interrupted");
        }
        fetched.add(url);
        if (response.statusCode() / 100 != 2) {
            Files.deleteIfExists(file);
            throw new Failed("GET " + url + ": HTTP " + response.statusCode());
        }
        return file;
    }

    private static String base(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
