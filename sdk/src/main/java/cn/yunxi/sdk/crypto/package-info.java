/**
 * Evidence crypto: SHA-256 + SM3 digests, the versioned envelope (chunked AES-256-GCM or SM4-GCM
 * under a fresh data key, wrapped per reader with ECIES on secp256k1 or SM2; format in {@code
 * sdk/ENVELOPE.md}) and evidence intake into a {@link cn.yunxi.sdk.blob.BlobStore}.
 *
 * <p>Entry points: {@link cn.yunxi.sdk.crypto.EvidenceIntake} (file, stream or bytes in; {@link
 * cn.yunxi.sdk.crypto.SealedEvidence} out; and back), {@link cn.yunxi.sdk.crypto.EnvelopeSealer} /
 * {@link cn.yunxi.sdk.crypto.EnvelopeOpener} for envelopes without a store, {@link
 * cn.yunxi.sdk.crypto.Recipient} and {@link cn.yunxi.sdk.crypto.DecryptionKey} for keys.
 */
package cn.yunxi.sdk.crypto;
