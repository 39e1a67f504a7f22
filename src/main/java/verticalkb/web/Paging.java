package verticalkb.web;

/** Where a page of a list stands: its number, the last page, and the links to the neighbours (null at the ends). */
record Paging(int page, int pages, String previous, String next) {

  /** {@code link} is the page's own address without the page parameter, ending in '?' or '&'. */
  static Paging of(int page, int size, long total, String link) {
    int pages = (int) Math.max(1, (total + size - 1) / size);
    return new Paging(page, pages, page > 1 ? link + "page=" + (page - 1) : null, page < pages ? link + "page=" + (page + 1) : null);
  }
}
