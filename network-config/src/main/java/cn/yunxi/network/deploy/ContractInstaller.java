package cn.yunxi.network.deploy;

import cn.yunxi.contracts.generated.CaseRegistry;
import cn.yunxi.contracts.generated.Consortium;
import cn.yunxi.contracts.generated.DataRequestRegistry;
import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.contracts.generated.LetterRegistry;
import cn.yunxi.sdk.model.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.web3j.tx.Contract;

/**
 * Puts the five contracts on the chain: reuses a previous deployment when its contracts are there
 * and belong together, else deploys them in their order (Consortium → CaseRegistry →
 * EvidenceRegistry → LetterRegistry → DataRequestRegistry); then links the evidence registry to the
 * request registry unless it already is.
 */
final class ContractInstaller {
  private static final List<String> NAMES =
      List.of(
          "Consortium",
          "CaseRegistry",
          "EvidenceRegistry",
          "LetterRegistry",
          "DataRequestRegistry");

  private final ChainSession chain;
  private final Consumer<String> progress;

  ContractInstaller(ChainSession chain, Consumer<String> progress) {
    this.chain = chain;
    this.progress = progress;
  }

  /** The deployment and its wrappers. */
  record Installed(Deployment deployment, ContractSet contracts) {}

  /**
   * @param checkpoint told of a new deployment as soon as the five contracts exist, before any
   *     other transaction: saved there, it lets an interrupted run resume with the same contracts
   */
  Installed install(Optional<Deployment> previous, Consumer<Deployment> checkpoint) {
    Installed installed =
        previous.filter(this::reusable).map(this::reuse).orElseGet(() -> deployAll(checkpoint));
    link(installed.contracts());
    return installed;
  }

  private boolean reusable(Deployment previous) {
    if (previous.chainId() != chain.chainId()) {
      progress.accept(
          "previous deployment is for chain id "
              + previous.chainId()
              + ", this chain is "
              + chain.chainId()
              + ": deploying anew");
      return false;
    }
    List<Address> addresses = previous.contracts().all();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < addresses.size(); i++) {
      if (!hasCode(addresses.get(i))) {
        missing.add(NAMES.get(i) + " " + addresses.get(i).toHex());
      }
    }
    if (missing.size() == addresses.size()) {
      progress.accept(
          "no contract at the previous deployment's addresses (a new chain?): deploying anew");
      return false;
    }
    if (!missing.isEmpty()) {
      throw new DeploymentException(
          "the previous deployment does not fit this chain: no code at "
              + String.join(", ", missing)
              + " while the other contracts are there — check the deployment file and the node");
    }
    return true;
  }

  private Installed reuse(Deployment previous) {
    ContractSet contracts = ContractSet.load(previous.contracts(), chain);
    List<String> problems = LinkCheck.problems(contracts, chain);
    if (!problems.isEmpty()) {
      throw new DeploymentException(
          "the previous deployment's contracts do not belong together: "
              + String.join("; ", problems));
    }
    List<Address> addresses = previous.contracts().all();
    for (int i = 0; i < addresses.size(); i++) {
      progress.accept(NAMES.get(i) + " already deployed at " + addresses.get(i).toHex());
    }
    return new Installed(previous, contracts);
  }

  private Installed deployAll(Consumer<Deployment> checkpoint) {
    var web3j = chain.web3j();
    var tm = chain.transactions();
    var gas = chain.gas();
    Consortium consortium = deployed("Consortium", () -> Consortium.deploy(web3j, tm, gas).send());
    long block =
        consortium
            .getTransactionReceipt()
            .orElseThrow(() -> new DeploymentException("Consortium deployed without a receipt"))
            .getBlockNumber()
            .longValueExact();
    String c = consortium.getContractAddress();
    CaseRegistry cases =
        deployed("CaseRegistry", () -> CaseRegistry.deploy(web3j, tm, gas, c).send());
    String k = cases.getContractAddress();
    EvidenceRegistry evidence =
        deployed("EvidenceRegistry", () -> EvidenceRegistry.deploy(web3j, tm, gas, c, k).send());
    LetterRegistry letters =
        deployed("LetterRegistry", () -> LetterRegistry.deploy(web3j, tm, gas, c, k).send());
    String l = letters.getContractAddress();
    String e = evidence.getContractAddress();
    DataRequestRegistry requests =
        deployed(
            "DataRequestRegistry",
            () -> DataRequestRegistry.deploy(web3j, tm, gas, c, k, l, e).send());
    ContractSet contracts = new ContractSet(consortium, cases, evidence, letters, requests);
    Deployment deployment = new Deployment(chain.chainId(), contracts.addresses(), block);
    checkpoint.accept(deployment);
    return new Installed(deployment, contracts);
  }

  private <C extends Contract> C deployed(String name, ChainSession.ChainAction<C> deploy) {
    C contract = chain.run("deploying " + name, deploy);
    progress.accept("deploying " + name + "… " + contract.getContractAddress());
    return contract;
  }

  private void link(ContractSet contracts) {
    String requests = contracts.requests().getContractAddress();
    String linked =
        chain.run(
            "reading EvidenceRegistry.requestRegistry",
            () -> contracts.evidence().requestRegistry().send());
    if (Address.fromHex(linked).equals(Address.ZERO)) {
      chain.run(
          "linking EvidenceRegistry to DataRequestRegistry",
          () -> contracts.evidence().linkRequestRegistry(requests).send());
      progress.accept("EvidenceRegistry linked to DataRequestRegistry " + requests);
    } else {
      progress.accept("EvidenceRegistry already linked to DataRequestRegistry " + requests);
    }
  }

  private boolean hasCode(Address address) {
    String code = chain.code(address.toHex());
    return code != null && code.length() > 2;
  }
}
