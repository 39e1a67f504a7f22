/** Classification of documents before they are stored: topics, target accounts, fingerprints and duplicates. */
package verticalkb.classify;
