/** Weekly briefings per vertical (reading, events, experts, agenda), their curation and editions, and the account brief. */
package verticalkb.briefing;
