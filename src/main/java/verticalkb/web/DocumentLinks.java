package verticalkb.web;

/** The address of a document's page: ids come from elsewhere (imports, URLs) and may hold any character. */
final class DocumentLinks {

  private DocumentLinks() {}

  static String page(String id) {
    return id == null ? null : "/documents/" + Links.encoded(id);
  }
}
