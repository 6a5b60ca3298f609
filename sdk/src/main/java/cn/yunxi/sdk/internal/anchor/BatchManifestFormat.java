package cn.yunxi.sdk.internal.anchor;

import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A batch's manifest — its leaves, no content — stored as a plain blob and referenced by the
 * anchor, so that indexers can index batched items by content hash too:
 *
 * <pre>{@code
 * {"format": "yunxi-batch-manifest", "version": 1, "root": "0x…",
 *  "leafEncoding": ["bytes32","bytes32","bytes32","uint8","bytes32","bytes32"],
 *  "fields": ["caseId","contentSha256","contentSm3","kind","blobRef","metadataHash"],
 *  "leaves": [["0x…","0x…","0x…",1,"0x…","0x…"], …]}
 * }</pre>
 *
 * The leaves are in submission order; the root is OpenZeppelin StandardMerkleTree's over them.
 */
public final class BatchManifestFormat {
  /** The anchor's metadata hash names the manifest format. */
  public static final Bytes32 METADATA_HASH =
      Bytes32.of(
          cn.yunxi.sdk.internal.AbiWords.keccak256(
              "yunxi-batch-manifest/1".getBytes(StandardCharsets.US_ASCII)));

  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchManifestFormat() {}

  static byte[] encode(Bytes32 root, List<BatchLeaf> leaves) {
    ObjectNode m = JSON.createObjectNode();
    m.put("format", "yunxi-batch-manifest");
    m.put("version", 1);
    m.put("root", root.toHex());
    ArrayNode encoding = m.putArray("leafEncoding");
    List.of("bytes32", "bytes32", "bytes32", "uint8", "bytes32", "bytes32").forEach(encoding::add);
    ArrayNode fields = m.putArray("fields");
    List.of("caseId", "contentSha256", "contentSm3", "kind", "blobRef", "metadataHash")
        .forEach(fields::add);
    ArrayNode values = m.putArray("leaves");
    for (BatchLeaf l : leaves) {
      ArrayNode v = values.addArray();
      v.add(l.caseId().toHex()).add(l.contentSha256().toHex()).add(l.contentSm3().toHex());
      v.add(l.kind()).add(l.blobRef().toHex()).add(l.metadataHash().toHex());
    }
    try {
      return JSON.writeValueAsBytes(m);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a batch manifest", e);
    }
  }
}
