package verticalkb.crawl;

/** One URL waiting to be fetched in a run, with what the frontier remembers of its last fetch. */
record Task(RunState run, String sourceId, String url, long key, int depth, int attempts, String etag,
    String lastModified, String contentHash) {

  Task retried() {
    return new Task(run, sourceId, url, key, depth, attempts + 1, etag, lastModified, contentHash);
  }
}
