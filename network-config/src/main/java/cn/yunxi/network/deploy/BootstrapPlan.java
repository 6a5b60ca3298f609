package cn.yunxi.network.deploy;

import cn.yunxi.network.Consortium;
import cn.yunxi.network.Department;
import cn.yunxi.network.Member;
import cn.yunxi.network.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.web3j.crypto.Hash;

/**
 * What the Consortium contract should hold for a YAML consortium, in the contract's terms: every
 * key opened (so a key that cannot be opened stops the run before anything is sent).
 *
 * <p>Hashes: a department's name hash is keccak256 of its UTF-8 name; a credential reference is
 * keccak256 of the UTF-8 {@code credential.reference}, stored only for members whose roles need one
 * (OFFICER, CAPTAIN) — as the loader says, other members' credentials are ignored.
 */
record BootstrapPlan(List<WantedDepartment> departments, List<WantedMember> members) {

  /** A department to register. */
  record WantedDepartment(String code, byte[] codeBytes, byte[] nameHash, DepartmentKeys keys) {}

  /** A member to set; {@code credentialRef} is zero and {@code credentialExpiry} 0 if none. */
  record WantedMember(
      String name,
      String account,
      String departmentCode,
      byte[] department,
      int roles,
      byte[] credentialRef,
      long credentialExpiry) {

    /** How progress lines and differences name the member. */
    String label() {
      return name + " " + account + " (" + departmentCode + ": " + roleNames(roles) + ")";
    }
  }

  static BootstrapPlan of(Consortium consortium, KeyResolver keys) {
    List<WantedDepartment> departments = new ArrayList<>();
    List<WantedMember> members = new ArrayList<>();
    for (Department d : consortium.departments()) {
      departments.add(
          new WantedDepartment(
              d.code(), d.codeBytes32(), keccak(d.name()), keys.departmentKeys(d)));
      for (Member m : d.members()) {
        boolean credentialed = m.roles().stream().anyMatch(Role::needsCredential);
        byte[] reference =
            credentialed
                ? keccak(m.credential().orElseThrow(() -> missingCredential(m)).reference())
                : new byte[32];
        long expiry = credentialed ? m.credential().get().expiresAtEpochSecond() : 0;
        members.add(
            new WantedMember(
                m.name(),
                keys.account(m),
                d.code(),
                d.codeBytes32(),
                m.roleMask(),
                reference,
                expiry));
      }
    }
    return new BootstrapPlan(List.copyOf(departments), List.copyOf(members));
  }

  /** Codes of the departments without an ADMIN member: {@code finishBootstrap()} refuses them. */
  List<String> departmentsWithoutAdmin() {
    return departments.stream()
        .map(WantedDepartment::code)
        .filter(
            code ->
                members.stream()
                    .noneMatch(
                        m ->
                            m.departmentCode().equals(code) && (m.roles() & Role.ADMIN.bit()) != 0))
        .toList();
  }

  static String roleNames(int mask) {
    List<String> names = new ArrayList<>();
    for (Role role : Role.values()) {
      if ((mask & role.bit()) != 0) {
        names.add(role.name());
      }
    }
    return names.isEmpty() ? "no roles" : names.stream().collect(Collectors.joining("|"));
  }

  private static byte[] keccak(String text) {
    return Hash.sha3(text.getBytes(StandardCharsets.UTF_8));
  }

  private static DeploymentException missingCredential(Member m) {
    return new DeploymentException(
        "member " + m.name() + " has " + roleNames(m.roleMask()) + " but no credential");
  }
}
