/**
 * The node plugin's HTTP query API over the index ({@link cn.yunxi.indexer.api.IndexServer}): JSON
 * answers {@code {"head":…,"data":…,"next":…}} in the SDK's wire records ({@code
 * cn.yunxi.sdk.index}), bearer-token authentication ({@link cn.yunxi.indexer.api.TokenRegistry}),
 * per-department access rules, errors as {@code {"error":"…"}}, and the OpenAPI document at {@code
 * /openapi.yml}.
 *
 * <p>Routes are GET (and the gateway's one POST) only: no route asks Micronaut for its implicit
 * HEAD twin ({@code headRoute = false}), so that the routes served are exactly those documented,
 * and a HEAD of a blob cannot spend a gateway challenge without a body to show for it.
 */
package cn.yunxi.indexer.api;
