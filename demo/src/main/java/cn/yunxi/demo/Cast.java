package cn.yunxi.demo;

import cn.yunxi.network.Department;
import cn.yunxi.network.Member;
import cn.yunxi.network.Role;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.YunxiClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members who play the demo, picked from the consortium by department and role (the first
 * member holding the role), each with an SDK client. Closing closes the clients.
 */
final class Cast implements AutoCloseable {
  static final String ENFORCEMENT = "JB-ZHXZZF";
  static final String TRAFFIC = "JB-JJDD";
  static final String FIRE = "JB-XFJY";

  private final DemoEnvironment env;
  private final Map<String, Actor> actors = new HashMap<>();
  private final List<YunxiClient> clients = new ArrayList<>();

  Cast(DemoEnvironment env) {
    this.env = env;
  }

  /** The first member of {@code code} holding {@code role}. */
  Actor play(String code, Role role) {
    return find(code, role)
        .orElseThrow(
            () -> new IllegalStateException("no member of " + code + " has the role " + role));
  }

  /** The first member of {@code code} holding {@code role}, if the consortium has one. */
  Optional<Actor> find(String code, Role role) {
    Department department = department(code);
    return department.members().stream()
        .filter(m -> m.has(role))
        .findFirst()
        .map(m -> actors.computeIfAbsent(code + "/" + m.name(), k -> actor(department, m)));
  }

  /** The first member holding {@code role} in any department, with its department's code. */
  Actor anywhere(Role role) {
    return env.consortium().departments().stream()
        .filter(d -> d.members().stream().anyMatch(m -> m.has(role)))
        .findFirst()
        .map(d -> play(d.code(), role))
        .orElseThrow(() -> new IllegalStateException("no member of the consortium is " + role));
  }

  /** A member not in the consortium file, acting with {@code signer} (e.g. appointed on chain). */
  Actor extra(String name, String code, Signer signer) {
    return actors.computeIfAbsent(
        code + "/" + name, k -> new Actor(name, code, signer, client(signer)));
  }

  DepartmentKeys keys(String code) {
    return DepartmentKeys.of(department(code), env.keys());
  }

  Department department(String code) {
    return env.consortium()
        .department(code)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "department " + code + " is not in consortium " + env.consortium().name()));
  }

  private Actor actor(Department department, Member member) {
    var key =
        member
            .key()
            .orElseThrow(
                () -> new IllegalStateException("member " + member.name() + " has no key here"));
    Signer signer = Signers.privateKey(env.keys().credentials(key).getEcKeyPair().getPrivateKey());
    return new Actor(member.name(), department.code(), signer, client(signer));
  }

  private YunxiClient client(Signer signer) {
    YunxiClient client =
        YunxiClient.builder()
            .endpoint(env.rpcUrl())
            .chainId(env.chainId())
            .signer(signer)
            .contracts(env.contracts())
            .pollingInterval(Duration.ofMillis(50))
            .build();
    clients.add(client);
    return client;
  }

  @Override
  public void close() {
    for (YunxiClient c : clients) {
      try {
        c.close();
      } catch (RuntimeException ignored) {
        // closing the others matters more
      }
    }
  }
}
