package cn.yunxi.sdk.events;

import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.model.Address;

/** The five Yunxi contracts, named as their Solidity contracts (and their ABI files) are. */
public enum YunxiContract {
  CONSORTIUM("Consortium"),
  CASES("CaseRegistry"),
  EVIDENCE("EvidenceRegistry"),
  LETTERS("LetterRegistry"),
  REQUESTS("DataRequestRegistry");

  private final String contractName;

  YunxiContract(String contractName) {
    this.contractName = contractName;
  }

  /** The Solidity contract name, e.g. {@code EvidenceRegistry}. */
  public String contractName() {
    return contractName;
  }

  /** This contract's address among {@code addresses}. */
  public Address addressIn(ContractAddresses addresses) {
    return switch (this) {
      case CONSORTIUM -> addresses.consortium();
      case CASES -> addresses.cases();
      case EVIDENCE -> addresses.evidence();
      case LETTERS -> addresses.letters();
      case REQUESTS -> addresses.requests();
    };
  }
}
