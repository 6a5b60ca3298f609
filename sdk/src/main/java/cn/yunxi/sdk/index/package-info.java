/**
 * The typed client of the indexer's query API ({@link cn.yunxi.sdk.index.IndexClient}) and the
 * records it answers with. The records are the API's wire format: the indexer's HTTP server writes
 * them with the same mapping ({@link cn.yunxi.sdk.index.IndexJson}) that the client reads them
 * with, so the two cannot drift apart.
 */
package cn.yunxi.sdk.index;
