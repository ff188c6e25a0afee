package vn.haugiang.newsroom.indexer.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;

/**
 * Creates, swaps and deletes the versioned indexes behind one alias ({@code content} or
 * {@code publications}). Called only from job steps, never as a side effect of creating a bean.
 */
final class IndexAdmin {

    /**
     * Where one alias's indexes live and what they look like.
     *
     * @param alias the alias searched and written
     * @param initialIndex the first index behind it, e.g. {@code content-v1}
     * @param stateIndex the index of the jobs' positions (shared by every alias)
     * @param replicas replicas of a new index
     * @param mapping the mapping of every index behind the alias
     */
    record Layout(String alias, String initialIndex, String stateIndex, int replicas, TypeMapping mapping) {
    }

    private static final Logger log = LoggerFactory.getLogger(IndexAdmin.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final ElasticsearchClient elasticsearch;
    private final Layout properties;
    private final Clock clock;
    /** The state index's mapping is brought up to date once per process, not on every incremental run. */
    private final AtomicBoolean stateMappingCurrent = new AtomicBoolean();

    IndexAdmin(ElasticsearchClient elasticsearch, Layout properties, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Creates {@code <alias>-v1} with the alias, and the state index, when they do not exist yet; puts
     * the {@code gaps} field on an existing state index too (adding a field is allowed on a strict
     * mapping, so an index created by an older version gains it).
     */
    void ensureIndexes() {
        call(() -> {
            if (!elasticsearch.indices().existsAlias(e -> e.name(properties.alias())).value()) {
                createIfAbsent(properties.initialIndex(), true);
            }
            if (!elasticsearch.indices().exists(e -> e.index(properties.stateIndex())).value()) {
                ignoreAlreadyExists(() -> elasticsearch.indices().create(c -> c
                        .index(properties.stateIndex())
                        .settings(ContentIndexDefinition.settings(properties.replicas()))
                        .mappings(ContentIndexDefinition.stateMapping())));
            } else if (!stateMappingCurrent.get()) {
                // Only the field added since: an older index may hold other fields in another form.
                elasticsearch.indices().putMapping(m -> m.index(properties.stateIndex())
                        .properties(ContentIndexDefinition.GAPS, ContentIndexDefinition.stateMapping().properties()
                                .get(ContentIndexDefinition.GAPS)));
                stateMappingCurrent.set(true);
            }
            return null;
        });
    }

    /** The alias this admin manages. */
    String alias() {
        return properties.alias();
    }

    /** Creates a new, empty index for a rebuild, e.g. {@code content-v1-20261129-161000-123}. */
    String createRebuildIndex() {
        String name = properties.initialIndex() + "-" + STAMP.format(clock.instant());
        call(() -> {
            createIfAbsent(name, false);
            return null;
        });
        return name;
    }

    /** The indexes the alias points to now. */
    Set<String> aliasedIndexes() {
        return call(() -> elasticsearch.indices().existsAlias(e -> e.name(properties.alias())).value()
                ? elasticsearch.indices().getAlias(g -> g.name(properties.alias())).aliases().keySet()
                : Set.of());
    }

    /**
     * Points the alias at {@code index} only, removing it from the others in the same
     * {@code _aliases} request, so every search sees one complete index.
     *
     * @return the indexes the alias pointed to before
     */
    Set<String> swapAlias(String index) {
        Set<String> previous = aliasedIndexes();
        List<Action> actions = new ArrayList<>();
        for (String old : previous) {
            if (!old.equals(index)) {
                actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(properties.alias()))));
            }
        }
        actions.add(Action.of(a -> a.add(add -> add.index(index).alias(properties.alias()))));
        call(() -> elasticsearch.indices().updateAliases(u -> u.actions(actions)));
        log.info("alias {} now points to {} (was {})", properties.alias(), index, previous);
        return previous;
    }

    /** Makes everything written to {@code index} visible to searches, before the alias points to it. */
    void refresh(String index) {
        call(() -> elasticsearch.indices().refresh(r -> r.index(index)));
    }

    void delete(Set<String> indexes) {
        if (!indexes.isEmpty()) {
            call(() -> elasticsearch.indices().delete(d -> d.index(List.copyOf(indexes))));
            log.info("deleted {}", indexes);
        }
    }

    private void createIfAbsent(String name, boolean withAlias) throws IOException {
        ignoreAlreadyExists(() -> elasticsearch.indices().create(c -> {
            c.index(name)
                    .settings(ContentIndexDefinition.settings(properties.replicas()))
                    .mappings(properties.mapping());
            return withAlias ? c.aliases(properties.alias(), a -> a) : c;
        }));
    }

    private static void ignoreAlreadyExists(IoCall<?> create) throws IOException {
        try {
            create.call();
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private static <T> T call(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface IoCall<T> {
        T call() throws IOException;
    }
}
