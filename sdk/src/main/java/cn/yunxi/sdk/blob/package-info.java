/**
 * Content-addressed blob storage: {@link cn.yunxi.sdk.blob.BlobStore} (stream in, commit, read back
 * with the SHA-256 checked), {@link cn.yunxi.sdk.blob.BlobRef} and the default {@link
 * cn.yunxi.sdk.blob.LocalBlobStore} on a directory.
 */
package cn.yunxi.sdk.blob;
