package cn.yunxi.sdk;

import cn.yunxi.sdk.model.Address;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Where the five Yunxi contracts of one consortium live. Everything that reads or writes the chain
 * starts from these addresses; the event decoder trusts logs from them only.
 *
 * @param consortium the Consortium (departments, members, governance)
 * @param cases the CaseRegistry
 * @param evidence the EvidenceRegistry
 * @param letters the LetterRegistry
 * @param requests the DataRequestRegistry
 */
public record ContractAddresses(
    Address consortium, Address cases, Address evidence, Address letters, Address requests) {

  public ContractAddresses {
    Objects.requireNonNull(consortium, "consortium");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(letters, "letters");
    Objects.requireNonNull(requests, "requests");
    List<Address> all = List.of(consortium, cases, evidence, letters, requests);
    if (all.contains(Address.ZERO)) {
      throw new IllegalArgumentException("a contract address is zero: " + all);
    }
    // Two contracts never share an address; equal entries mean a configuration mistake.
    if (new HashSet<>(all).size() != all.size()) {
      throw new IllegalArgumentException("contract addresses are not distinct: " + all);
    }
  }

  /** Parses the five addresses (40 hex digits each, {@code 0x} optional), in deployment order. */
  public static ContractAddresses fromHex(
      String consortium, String cases, String evidence, String letters, String requests) {
    return new ContractAddresses(
        Address.fromHex(Objects.requireNonNull(consortium, "consortium")),
        Address.fromHex(Objects.requireNonNull(cases, "cases")),
        Address.fromHex(Objects.requireNonNull(evidence, "evidence")),
        Address.fromHex(Objects.requireNonNull(letters, "letters")),
        Address.fromHex(Objects.requireNonNull(requests, "requests")));
  }

  /** The five addresses in deployment order: consortium, cases, evidence, letters, requests. */
  public List<Address> all() {
    return List.of(consortium, cases, evidence, letters, requests);
  }
}
