/** Search over the index: the query syntax, filters, facets, snippets, did-you-mean, imports and the REST API. */
package verticalkb.search;
