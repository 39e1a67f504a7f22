package verticalkb.document;

/**
 * Adds what can be derived from a document before it is stored: topics, target accounts, fingerprints and
 * near-duplicate clusters. The crawl pipeline and the import call every enricher bean in turn; an enricher never
 * throws for one bad document (it answers the document unchanged instead).
 */
public interface DocumentEnricher {

  KbDocument enrich(KbDocument document);
}
