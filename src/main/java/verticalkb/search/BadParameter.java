package verticalkb.search;

/** A request parameter the search cannot honour; the message says why in words for the user. */
public final class BadParameter extends IllegalArgumentException {

  private final String parameter;

  public BadParameter(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
