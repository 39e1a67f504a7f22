package verticalkb.mail;

import verticalkb.ProblemException;

/** Limit and offset of the mail lists, checked: a clear 400 instead of a silent empty page. */
final class Paging {

  private Paging() {}

  static int limit(int limit, MailConfig config) {
    if (limit < 1 || limit > config.maxPage()) throw ProblemException.badRequest("limit", "must be between 1 and " + config.maxPage());
    return limit;
  }

  static int offset(int offset) {
    if (offset < 0) throw ProblemException.badRequest("offset", "must be 0 or more");
    return offset;
  }
}
