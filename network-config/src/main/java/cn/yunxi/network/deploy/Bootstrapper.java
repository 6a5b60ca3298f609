package cn.yunxi.network.deploy;

import cn.yunxi.contracts.generated.Consortium;
import cn.yunxi.network.deploy.BootstrapPlan.WantedDepartment;
import cn.yunxi.network.deploy.BootstrapPlan.WantedMember;
import cn.yunxi.sdk.model.Address;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.web3j.tuples.generated.Tuple2;

/**
 * Brings the Consortium contract's bootstrap to the plan, idempotently: it reads what the chain
 * holds and sends only what is missing (departments, then members, then {@code finishBootstrap()}),
 * so a second run sends nothing and an interrupted run completes. Whatever the deployer cannot
 * change — a registered department with other keys, a member of another department, anything once
 * the bootstrap is finished — is collected and reported together before any transaction is sent.
 */
final class Bootstrapper {
  private final ChainSession chain;
  private final Consortium consortium;
  private final Consumer<String> progress;

  Bootstrapper(ChainSession chain, Consortium consortium, Consumer<String> progress) {
    this.chain = chain;
    this.consortium = consortium;
    this.progress = progress;
  }

  /** A transaction still to send, and the progress line once it is mined. */
  private record Step(String label, String done, ChainSession.ChainAction<?> action) {}

  void run(BootstrapPlan plan) {
    String bootstrapper =
        chain.run("reading Consortium.bootstrapper", () -> consortium.bootstrapper().send());
    boolean finished = Address.fromHex(bootstrapper).equals(Address.ZERO);
    if (!finished && !Address.fromHex(bootstrapper).toHex().equals(chain.deployerAddress())) {
      throw new DeploymentException(
          "the bootstrap of Consortium "
              + consortium.getContractAddress()
              + " belongs to "
              + bootstrapper
              + ", not to the deployer "
              + chain.deployerAddress()
              + ": deploy with that account's key");
    }
    List<String> differences = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    for (WantedDepartment d : plan.departments()) {
      checkDepartment(d, finished, differences, steps);
    }
    List<WantedMember> toSet = new ArrayList<>();
    for (WantedMember m : plan.members()) {
      if (memberNeedsSetting(m, finished, differences)) {
        toSet.add(m);
      }
    }
    if (finished) {
      checkNoExtraDepartments(plan, differences);
    }
    if (!differences.isEmpty()) {
      throw new GovernanceRequiredException(differences);
    }
    if (!finished) {
      requireValidCredentials(toSet);
    }
    toSet.forEach(m -> steps.add(memberStep(m)));
    for (Step step : steps) {
      chain.run(step.label(), step.action());
      progress.accept(step.done());
    }
    if (finished) {
      progress.accept("bootstrap already finished");
    } else {
      chain.run("finishing the bootstrap", () -> consortium.finishBootstrap().send());
      progress.accept("bootstrap finished: the deployer has no power left");
    }
  }

  private void checkDepartment(
      WantedDepartment d, boolean finished, List<String> differences, List<Step> steps) {
    Consortium.Department onChain =
        chain.run(
            "reading department " + d.code(), () -> consortium.departmentOf(d.codeBytes()).send());
    if (!onChain.registered) {
      if (finished) {
        differences.add(
            "department "
                + d.code()
                + " is not registered: adding a department needs a governance proposal"
                + " (proposeAddDepartment, approved by more than two thirds of the departments)");
      } else {
        steps.add(
            new Step(
                "registering department " + d.code(),
                "department " + d.code() + " registered",
                () ->
                    consortium
                        .bootstrapDepartment(
                            d.codeBytes(), d.nameHash(), d.keys().seal(), d.keys().encryptionKey())
                        .send()));
      }
      return;
    }
    int before = differences.size();
    if (!Arrays.equals(onChain.nameHash, d.nameHash())) {
      differences.add(
          "department "
              + d.code()
              + ": the name hash on chain is not keccak256 of the YAML's name — a registered"
              + " department's name cannot change");
    }
    if (!Address.fromHex(onChain.seal).toHex().equals(d.keys().seal())) {
      differences.add(
          "department "
              + d.code()
              + ": seal "
              + onChain.seal
              + " on chain, "
              + d.keys().seal()
              + " in the YAML — its ADMIN changes it with setDepartmentKeys");
    }
    if (!Arrays.equals(onChain.encryptionKey, d.keys().encryptionKey())) {
      differences.add(
          "department "
              + d.code()
              + ": encryption key 0x"
              + HexFormat.of().formatHex(onChain.encryptionKey)
              + " on chain differs from the YAML's — its ADMIN changes it with setDepartmentKeys");
    }
    if (!onChain.active) {
      differences.add(
          "department "
              + d.code()
              + " is suspended on chain: reactivating it needs a governance proposal");
    }
    if (differences.size() == before) {
      progress.accept("department " + d.code() + " already registered");
    }
  }

  /** Whether {@code m} must be (re)sent; records a difference if the deployer may not send it. */
  private boolean memberNeedsSetting(WantedMember m, boolean finished, List<String> differences) {
    Tuple2<Consortium.Member, BigInteger> read =
        chain.run("reading member " + m.account(), () -> consortium.memberOf(m.account()).send());
    Consortium.Member onChain = read.component1();
    boolean registered = !Arrays.equals(onChain.department, new byte[32]);
    if (registered && !Arrays.equals(onChain.department, m.department())) {
      differences.add(
          "member "
              + m.label()
              + " belongs to "
              + ascii(onChain.department)
              + " on chain: an account belongs to one department; that department's ADMIN must"
              + " remove it first");
      return false;
    }
    if (registered
        && onChain.roles.intValueExact() == m.roles()
        && Arrays.equals(onChain.credentialRef, m.credentialRef())
        && onChain.credentialExpiry.longValueExact() == m.credentialExpiry()) {
      progress.accept("member " + m.label() + " already registered");
      return false;
    }
    if (finished) {
      differences.add(
          "member "
              + m.label()
              + (registered
                  ? " has roles "
                      + BootstrapPlan.roleNames(onChain.roles.intValueExact())
                      + (onChain.roles.intValueExact() == m.roles()
                          ? " but another credential"
                          : "")
                      + " on chain"
                  : " is not registered")
              + " — the ADMIN of "
              + m.departmentCode()
              + " sets it with setMember");
      return false;
    }
    return true;
  }

  private Step memberStep(WantedMember m) {
    return new Step(
        "registering member " + m.label(),
        "member " + m.label() + " registered",
        () ->
            consortium
                .bootstrapMember(
                    m.account(),
                    m.department(),
                    BigInteger.valueOf(m.roles()),
                    m.credentialRef(),
                    BigInteger.valueOf(m.credentialExpiry()))
                .send());
  }

  private void checkNoExtraDepartments(BootstrapPlan plan, List<String> differences) {
    long registered =
        chain
            .run(
                "reading Consortium.registeredDepartmentCount",
                () -> consortium.registeredDepartmentCount().send())
            .longValueExact();
    if (registered > plan.departments().size()) {
      differences.add(
          "the chain has "
              + registered
              + " registered departments, the YAML "
              + plan.departments().size()
              + ": add the departments governance added to the YAML");
    }
  }

  /**
   * The contract refuses OFFICER and CAPTAIN credentials that have expired by the chain's clock.
   */
  private void requireValidCredentials(List<WantedMember> members) {
    long now = chain.latestBlockTime();
    List<String> expired =
        members.stream()
            .filter(m -> m.credentialExpiry() != 0 && m.credentialExpiry() <= now)
            .map(WantedMember::label)
            .toList();
    if (!expired.isEmpty()) {
      throw new DeploymentException(
          "expired credentials (the contract refuses them for OFFICER and CAPTAIN): "
              + String.join(", ", expired)
              + " — renew credential.expires in the YAML (no bootstrap transaction was sent)");
    }
  }

  private static String ascii(byte[] code) {
    int end = code.length;
    while (end > 0 && code[end - 1] == 0) {
      end--;
    }
    return new String(code, 0, end, StandardCharsets.US_ASCII);
  }
}
