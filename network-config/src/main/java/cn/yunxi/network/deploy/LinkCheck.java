package cn.yunxi.network.deploy;

import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.model.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Whether the contracts point at each other: getters where they exist, else immutables. */
final class LinkCheck {
  private LinkCheck() {}

  static List<String> problems(ContractSet set, ChainSession chain) {
    ContractAddresses at = set.addresses();
    List<String> problems = new ArrayList<>();
    String casesConsortium =
        chain.run("reading CaseRegistry.consortium", () -> set.cases().consortium().send());
    if (!Address.fromHex(casesConsortium).equals(at.consortium())) {
      problems.add("CaseRegistry's consortium is " + casesConsortium);
    }
    String linked =
        chain.run(
            "reading EvidenceRegistry.requestRegistry",
            () -> set.evidence().requestRegistry().send());
    Address linkedAddress = Address.fromHex(linked);
    if (!linkedAddress.equals(Address.ZERO) && !linkedAddress.equals(at.requests())) {
      problems.add("EvidenceRegistry is linked to another request registry, " + linked);
    }
    // The other links are immutables without getters: compiled into the runtime code, each
    // address appears there as a 32-byte word.
    expectInCode(
        chain, "EvidenceRegistry", at.evidence(), List.of(at.consortium(), at.cases()), problems);
    expectInCode(
        chain, "LetterRegistry", at.letters(), List.of(at.consortium(), at.cases()), problems);
    expectInCode(
        chain,
        "DataRequestRegistry",
        at.requests(),
        List.of(at.consortium(), at.cases(), at.letters(), at.evidence()),
        problems);
    return problems;
  }

  private static void expectInCode(
      ChainSession chain, String name, Address contract, List<Address> refs, List<String> out) {
    String code = chain.code(contract.toHex()).toLowerCase(Locale.ROOT);
    for (Address ref : refs) {
      if (!code.contains(ref.toHex().substring(2))) {
        out.add(name + " at " + contract.toHex() + " does not refer to " + ref.toHex());
      }
    }
  }
}
