package vn.haugiang.newsroom.bench;

/**
 * One measurement with its reference, run alone with {@code ./cms bench --stages <name>} (after the
 * generator has run once) or as part of the whole suite.
 */
interface Stage {

    /** The name used on the command line and in the JSON, e.g. {@code indexing}. */
    String name();

    StageResult run(BenchRun run) throws Exception;
}
