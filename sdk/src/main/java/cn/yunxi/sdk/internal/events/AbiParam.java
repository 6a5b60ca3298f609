package cn.yunxi.sdk.internal.events;

import java.util.Objects;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;

/**
 * One parameter of an event as its ABI declares it, with the web3j type reference that decodes it.
 *
 * @param name the Solidity parameter name
 * @param type the canonical ABI type, e.g. {@code uint64}
 * @param indexed whether the parameter is a topic rather than part of the data
 * @param typeReference what web3j decodes it with
 */
public record AbiParam(
    String name, String type, boolean indexed, TypeReference<Type> typeReference) {

  public AbiParam {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(typeReference, "typeReference");
  }

  /** The reference for an elementary ABI type; arrays and tuples do not occur in Yunxi events. */
  @SuppressWarnings("unchecked")
  static AbiParam of(String name, String type, boolean indexed) {
    if (type.contains("[") || type.startsWith("tuple")) {
      throw new IllegalStateException("unsupported event parameter type " + type + " " + name);
    }
    // An indexed dynamic value is stored as its hash, which cannot be decoded back.
    if (indexed && (type.equals("bytes") || type.equals("string"))) {
      throw new IllegalStateException("unsupported indexed dynamic parameter " + type + " " + name);
    }
    try {
      return new AbiParam(
          name, type, indexed, (TypeReference<Type>) TypeReference.makeTypeReference(type));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("unknown ABI type " + type + " of " + name, e);
    }
  }
}
