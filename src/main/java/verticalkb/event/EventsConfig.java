package verticalkb.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The {@code kb.events.*} settings: list sizes and the calendar export. */
@ConfigMapping(prefix = "kb.events")
public interface EventsConfig {

  /** Page size of the events list when none is asked for. */
  @WithDefault("50") int defaultPageSize();

  /** Largest page size of the events list. */
  @WithDefault("500") int maxPageSize();

  /** Most events in one calendar export ({@code events.ics}), the soonest first. */
  @WithDefault("1000") int icsMaxEvents();

  /** The domain part of calendar UIDs ({@code <event id>@<domain>}), stable across exports (RFC 5545 §3.8.4.7). */
  @WithDefault("verticalkb") String uidDomain();
}
