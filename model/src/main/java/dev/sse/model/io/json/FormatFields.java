package dev.sse.model.io.json;

import java.util.List;

/**
 * The field names of format v1 objects, in documented order, as the reader's mappers check them: one list each,
 * read here by the graph interop ({@code dev.sse.model.io.graph}) so that GraphML/GEXF attributes map to exactly
 * the fields the reader knows.
 */
public final class FormatFields {

    /** The top level: {@code format}, {@code version}, {@code name}, … */
    public static final List<String> NETWORK = NetworkMapper.FIELDS;
    /** {@code validators[]}. */
    public static final List<String> VALIDATOR = ValidatorMapper.FIELDS;
    /** {@code chains[]}. */
    public static final List<String> CHAIN = ChainMapper.FIELDS;
    /** {@code allocations[]}. */
    public static final List<String> ALLOCATION = AllocationMapper.FIELDS;

    private FormatFields() {
    }
}
