package verticalkb.web;

import verticalkb.ProblemException;

/** Numbers typed into a page's address: a bad page number means the first page, a bad radius is the person's to fix. */
final class Numbers {

  private Numbers() {}

  static int page(String page) {
    try {
      return page == null || page.isBlank() ? 1 : Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static Double radius(String radiusKm) {
    if (radiusKm == null || radiusKm.isBlank()) return null;
    try {
      return Double.valueOf(radiusKm.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest("radiusKm", "'" + radiusKm + "' is not a number of kilometres, e.g. 50");
    }
  }
}
