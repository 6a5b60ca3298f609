package cn.yunxi.sdk.internal.tx;

import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.internal.AbiWords;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.Role;
import cn.yunxi.sdk.tx.ContractRevertException;
import cn.yunxi.sdk.tx.NotAuthorisedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;

/**
 * Decodes revert data into typed exceptions. web3j does not decode custom errors, so the error
 * definitions are read from the contracts' ABI files on the classpath ({@code
 * /yunxi/contracts/<Name>.abi}) and matched by selector; {@code Error(string)} and {@code
 * Panic(uint256)} are known too. Thread-safe once built.
 */
public final class RevertDecoder {
  private static final List<String> CONTRACTS =
      List.of(
          "Consortium",
          "CaseRegistry",
          "EvidenceRegistry",
          "LetterRegistry",
          "DataRequestRegistry");
  private static final RevertDecoder INSTANCE = new RevertDecoder();

  private final Map<String, ErrorDefinition> bySelector = new HashMap<>();

  private record ErrorDefinition(String name, List<String> names, List<String> types) {}

  private RevertDecoder() {
    ObjectMapper json = new ObjectMapper();
    for (String contract : CONTRACTS) {
      String resource = "/yunxi/contracts/" + contract + ".abi";
      try (InputStream in = RevertDecoder.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is not on the classpath");
        }
        for (JsonNode item : json.readTree(in)) {
          if ("error".equals(item.path("type").asText())) {
            add(item.get("name").asText(), item.get("inputs"));
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + resource, e);
      }
    }
    bySelector.put("08c379a0", new ErrorDefinition("Error", List.of("message"), List.of("string")));
    bySelector.put("4e487b71", new ErrorDefinition("Panic", List.of("code"), List.of("uint256")));
  }

  public static RevertDecoder instance() {
    return INSTANCE;
  }

  private void add(String name, JsonNode inputs) {
    List<String> names = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (JsonNode input : inputs) {
      names.add(input.get("name").asText());
      types.add(input.get("type").asText());
    }
    String signature = name + "(" + String.join(",", types) + ")";
    byte[] hash = AbiWords.keccak256(signature.getBytes(StandardCharsets.US_ASCII));
    bySelector.put(HexFormat.of().formatHex(hash, 0, 4), new ErrorDefinition(name, names, types));
  }

  /**
   * The exception for {@code revertData} (hex, {@code 0x} optional); a generic {@link
   * YunxiException} if the data is empty or matches no known error.
   */
  public YunxiException decode(String revertData, Bytes32 transactionHash) {
    String hex = revertData == null ? "" : revertData.replace("\"", "");
    if (hex.startsWith("0x")) {
      hex = hex.substring(2);
    }
    if (hex.length() < 8) {
      return new ContractRevertException("(no reason given)", Map.of(), transactionHash);
    }
    ErrorDefinition def = bySelector.get(hex.substring(0, 8).toLowerCase());
    if (def == null) {
      return new ContractRevertException(
          "unknown error 0x" + hex.substring(0, 8), Map.of("data", "0x" + hex), transactionHash);
    }
    Map<String, Object> arguments = decodeArguments(def, hex.substring(8));
    if (def.name().equals("Consortium_Unauthorised")) {
      Address account = (Address) arguments.get("account");
      int roles = ((BigInteger) arguments.get("anyOfRoles")).intValue();
      return new NotAuthorisedException(account, Role.fromMask(roles), arguments, transactionHash);
    }
    return new ContractRevertException(def.name(), arguments, transactionHash);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Map<String, Object> decodeArguments(ErrorDefinition def, String hexArguments) {
    List<TypeReference<Type>> references = new ArrayList<>();
    try {
      for (String type : def.types()) {
        references.add((TypeReference) TypeReference.makeTypeReference(type));
      }
      List<Type> values = FunctionReturnDecoder.decode(hexArguments, references);
      Map<String, Object> out = new LinkedHashMap<>();
      for (int i = 0; i < values.size(); i++) {
        out.put(def.names().get(i), toModel(def.types().get(i), values.get(i).getValue()));
      }
      return out;
    } catch (ClassNotFoundException | RuntimeException e) {
      return Map.of("data", "0x" + hexArguments);
    }
  }

  private static Object toModel(String type, Object value) {
    if (type.equals("bytes32")) {
      return Bytes32.of((byte[]) value);
    }
    if (type.equals("address")) {
      return Address.fromHex(value.toString());
    }
    return value;
  }
}
