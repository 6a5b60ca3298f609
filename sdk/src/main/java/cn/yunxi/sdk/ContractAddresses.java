package cn.yunxi.sdk;

import cn.yunxi.sdk.model.Address;
import java.util.Objects;

/** Where the five Yunxi contracts of one consortium live. */
public record ContractAddresses(
    Address consortium, Address cases, Address evidence, Address letters, Address requests) {

  public ContractAddresses {
    Objects.requireNonNull(consortium, "consortium");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(letters, "letters");
    Objects.requireNonNull(requests, "requests");
  }

  /** From {@code 0x}-prefixed hex addresses, in the order of the record. */
  public static ContractAddresses fromHex(
      String consortium, String cases, String evidence, String letters, String requests) {
    return new ContractAddresses(
        Address.fromHex(consortium),
        Address.fromHex(cases),
        Address.fromHex(evidence),
        Address.fromHex(letters),
        Address.fromHex(requests));
  }
}
