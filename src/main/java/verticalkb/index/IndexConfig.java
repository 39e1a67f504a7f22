package verticalkb.index;

import java.nio.file.Path;

/**
 * A loaded, validated index configuration: the schema, the folder its relative paths resolve against, and the
 * hash of everything that shapes the index (a different hash means the index must be rebuilt).
 */
public record IndexConfig(Schema schema, Path dir, String indexHash) {}
