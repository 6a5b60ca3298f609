/**
 * The blob gateway: each department's node plugin server hands the department's (encrypted,
 * content-addressed) blobs to consortium members entitled to them on chain. A caller proves its
 * identity by signing a short-lived, single-use challenge with its member key ({@link
 * cn.yunxi.sdk.blob.GatewayBlobStore#accessMessage}); the gateway recovers the signer, looks its
 * membership up in the index ({@link cn.yunxi.indexer.gateway.MemberDirectory}) and checks its
 * entitlement to the record the blob belongs to ({@link cn.yunxi.indexer.gateway.BlobEntitlement}).
 * The gateway never holds a data key: blobs leave as they are stored.
 */
package cn.yunxi.indexer.gateway;
