/** The Lucene index: schema and analyzers from index-config/, the one writer, near-real-time searchers, reindex. */
package verticalkb.index;
