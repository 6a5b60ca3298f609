package cn.yunxi.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsortiumLoaderTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);
  private static final ConsortiumLoader LOADER = ConsortiumLoader.withClock(CLOCK);

  /** Four departments, one validator each: valid, and warned about only for its seed: keys. */
  static final String VALID =
      """
      version: 1
      name: test
      chain:
        chainId: 4242
        blockPeriodSeconds: 2
        requestTimeoutSeconds: 4
      departments:
        - code: D-A
          name: 甲局
          sealKey: seed:seal-a
          encryptionKey: seed:enc-a
          nodes:
            - name: a-1
              host: 10.0.0.1
              p2pPort: 30303
              rpcPort: 8545
              wsPort: 8546
              validator: true
          members:
            - name: 甲局队员
              key: seed:a-officer
              roles: [OFFICER, ADMIN]
              credential:
                reference: 执法证 0001
                expires: 2027-12-31
        - code: D-B
          name: 乙局
          sealKey: seed:seal-b
          encryptionKey: seed:enc-b
          nodes:
            - {name: b-1, host: 10.0.0.2, p2pPort: 30303, rpcPort: 8545, wsPort: 8546, validator: true}
          members:
            - {name: 乙局监督员, key: seed:b-auditor, roles: [AUDITOR, ADMIN]}
        - code: D-C
          name: 丙局
          sealKey: seed:seal-c
          encryptionKey: seed:enc-c
          nodes:
            - {name: c-1, host: 10.0.0.3, p2pPort: 30303, rpcPort: 8545, wsPort: 8546, validator: true}
          members:
            - {name: 丙局管理员, address: "0xfe3b557e8fb62b89f4916b721be55ceb828dbd73", roles: [ADMIN]}
        - code: D-D
          name: 丁局
          sealKey: hsm:d-seal
          encryptionKey: pkcs12:keys/d.p12#enc
          nodes:
            - {name: d-1, host: 10.0.0.4, p2pPort: 30303, rpcPort: 8545, wsPort: 8546, validator: true}
          members:
            - {name: 丁局管理员, key: keystore:keys/d-admin.json, roles: [ADMIN]}
      """;

  private static LoadedConsortium load(String yaml) {
    return LOADER.parse(yaml, "test.yaml");
  }

  private static List<ValidationError> errors(String yaml) {
    InvalidConsortiumException e =
        catchThrowableOfType(InvalidConsortiumException.class, () -> load(yaml));
    assertThat(e).as("expected the YAML to be rejected").isNotNull();
    return e.errors();
  }

  private static ValidationError onlyError(String yaml) {
    List<ValidationError> errors = errors(yaml);
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  private static String replace(String from, String to) {
    assertThat(VALID).contains(from);
    return VALID.replaceFirst(java.util.regex.Pattern.quote(from), to);
  }

  @Test
  void loadsTheJiangbeiExample() {
    LoadedConsortium loaded = LOADER.load(Path.of("examples/jiangbei.yaml"));
    Consortium c = loaded.consortium();
    assertThat(c.name()).isEqualTo("jiangbei");
    assertThat(c.chain().chainId()).isEqualTo(20_261_128L);
    assertThat(c.departments())
        .extracting(Department::code)
        .containsExactly("JB-ZHXZZF", "JB-JJDD", "JB-XFJY", "JB-ZJJ", "JB-SCJGJ", "JB-ZFJD");
    assertThat(c.nodes()).hasSize(7);
    assertThat(c.validators()).hasSize(5);
    assertThat(c.devChain().anvilArguments(c.chain()))
        .containsSequence("--chain-id", "20261128", "--hardfork", "cancun")
        .containsSequence("--block-time", "2");
    Member officer = c.department("JB-ZHXZZF").orElseThrow().members().get(0);
    assertThat(officer.roles()).containsExactly(Role.OFFICER);
    assertThat(officer.credential().orElseThrow().expires()).isEqualTo(LocalDate.of(2027, 12, 31));
    // The dev chain's officer is the contract tests' officer: keccak256("officer").
    assertThat(officer.accountAddress())
        .contains(KeyRef.parse("seed:officer").devAddress().orElseThrow());
    assertThat(
            c.departments().stream()
                .flatMap(d -> d.members().stream())
                .anyMatch(m -> m.has(Role.AUDITOR)))
        .isTrue();
    // Its only warning: every key is a development seed.
    assertThat(loaded.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.problem())
                  .startsWith("26 keys are seed: development keys")
                  .contains("23 more");
              assertThat(w.advice()).contains("production");
            });
  }

  @Test
  void acceptsTheMinimalConsortiumAndAppliesDefaults() {
    LoadedConsortium loaded = load(VALID);
    Consortium c = loaded.consortium();
    assertThat(c.chain().epochLength()).isEqualTo(30_000);
    assertThat(c.chain().gasLimit()).isEqualTo(30_000_000);
    assertThat(c.devChain()).isEqualTo(new DevChain(2, 8545));
    assertThat(c.plugin()).isEqualTo(PluginSettings.DEFAULT);
    assertThat(c.departments().get(0).members().get(0).roleMask()).isEqualTo(1 | 32);
    assertThat(c.departments().get(2).members().get(0).accountAddress())
        .contains("0xfe3b557e8fb62b89f4916b721be55ceb828dbd73");
    assertThat(c.departments().get(3).members().get(0).accountAddress()).isEmpty();
    assertThat(c.departments().get(0).codeBytes32())
        .startsWith("D-A".getBytes())
        .hasSize(32)
        .endsWith(new byte[29]);
    assertThat(loaded.warnings()).hasSize(1);
  }

  @Test
  void aMissingFieldIsNamedWithItsPathLineAndFix() {
    ValidationError e = onlyError(replace("        host: 10.0.0.1\n", ""));
    assertThat(e.field()).isEqualTo("departments[0].nodes[0].host");
    assertThat(e.problem()).isEqualTo("is missing");
    assertThat(e.fix()).contains("IP address");
    // A missing field has no line of its own: it gets its node's.
    assertThat(e.line()).isEqualTo(13);
    assertThat(e.toString()).startsWith("line 13: departments[0].nodes[0].host: is missing — ");
  }

  @Test
  void aDuplicateNodeNameIsAnError() {
    ValidationError e = onlyError(replace("name: b-1", "name: a-1"));
    assertThat(e.field()).isEqualTo("departments[1].nodes[0].name");
    assertThat(e.problem()).contains("a-1").contains("departments[0].nodes[0]");
    assertThat(e.fix()).contains("own name");
  }

  @Test
  void anUnknownRoleIsAnErrorListingTheRoles() {
    ValidationError e = onlyError(replace("roles: [OFFICER, ADMIN]", "roles: [OFFICER, JUDGE]"));
    assertThat(e.field()).isEqualTo("departments[0].members[0].roles[1]");
    assertThat(e.problem()).isEqualTo("unknown role 'JUDGE'");
    assertThat(e.fix()).contains("OFFICER, CAPTAIN, OFFICE, CUSTODIAN, AUDITOR, ADMIN");
  }

  @Test
  void aDepartmentCodeMustFitABytes32InAscii() {
    ValidationError chinese = onlyError(replace("code: D-B", "code: 交警大队"));
    assertThat(chinese.field()).isEqualTo("departments[1].code");
    assertThat(chinese.fix()).contains("32 ASCII");
    ValidationError tooLong = onlyError(replace("code: D-B", "code: " + "B".repeat(33)));
    assertThat(tooLong.field()).isEqualTo("departments[1].code");
    assertThat(load(replace("code: D-B", "code: " + "B".repeat(32))).consortium()).isNotNull();
  }

  @Test
  void aDuplicateDepartmentCodeIsAnError() {
    ValidationError e = onlyError(replace("code: D-B", "code: D-A"));
    assertThat(e.field()).isEqualTo("departments[1].code");
    assertThat(e.problem()).contains("D-A").contains("departments[0]");
  }

  @Test
  void aBadPortIsAnError() {
    ValidationError e = onlyError(replace("p2pPort: 30303", "p2pPort: 70000"));
    assertThat(e.field()).isEqualTo("departments[0].nodes[0].p2pPort");
    assertThat(e.problem()).isEqualTo("70000 is not a TCP port");
    assertThat(e.fix()).isEqualTo("use a number from 1 to 65535");
    assertThat(e.line()).isEqualTo(15);

    ValidationError text = onlyError(replace("p2pPort: 30303", "p2pPort: thirty"));
    assertThat(text.field()).isEqualTo("departments[0].nodes[0].p2pPort");
    assertThat(text.problem()).contains("not a whole number");

    ValidationError clash = onlyError(replace("wsPort: 8546\n", "wsPort: 8545\n"));
    assertThat(clash.field()).isEqualTo("departments[0].nodes[0].wsPort");
    assertThat(clash.problem()).contains("rpcPort");
  }

  @Test
  void fewerThanFourValidatorsIsAWarningNotSilence() {
    String twoValidators =
        VALID
            .replace(
                "name: c-1, host: 10.0.0.3, p2pPort: 30303, rpcPort: 8545, wsPort: 8546, validator: true",
                "name: c-1, host: 10.0.0.3, p2pPort: 30303, rpcPort: 8545, wsPort: 8546, validator: false")
            .replace(
                "name: d-1, host: 10.0.0.4, p2pPort: 30303, rpcPort: 8545, wsPort: 8546, validator: true",
                "name: d-1, host: 10.0.0.4, p2pPort: 30303, rpcPort: 8545, wsPort: 8546");
    LoadedConsortium loaded = load(twoValidators);
    assertThat(loaded.consortium().validators()).hasSize(2);
    assertThat(loaded.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.field()).isEqualTo("departments[0].nodes[0].validator");
              assertThat(w.problem()).contains("only 2 validator(s)").contains("tolerates no");
              assertThat(w.advice()).contains("at least 4");
            });
  }

  @Test
  void noValidatorAtAllIsAnError() {
    String none = VALID.replace("validator: true", "validator: false");
    ValidationError e = onlyError(none);
    assertThat(e.field()).isEqualTo("departments");
    assertThat(e.problem()).contains("no node is a validator");
  }

  @Test
  void anUnknownFieldSuggestsTheRightSpelling() {
    List<ValidationError> all = errors(replace("p2pPort: 30303\n", "p2pport: 30303\n"));
    // In file order: the node (whose p2pPort is missing) starts before the misspelt line.
    assertThat(all)
        .extracting(ValidationError::field)
        .containsExactly("departments[0].nodes[0].p2pPort", "departments[0].nodes[0].p2pport");
    assertThat(all.get(0).problem()).isEqualTo("is missing");
    assertThat(all.get(1).problem()).isEqualTo("unknown field");
    assertThat(all.get(1).fix()).contains("did you mean `p2pPort`");
  }

  @Test
  void invalidYamlSyntaxIsReportedWithItsLine() {
    ValidationError e = onlyError(VALID.replace("  chainId: 4242", "  chainId: [4242"));
    assertThat(e.field()).isEqualTo("(file)");
    assertThat(e.problem()).startsWith("is not valid YAML");
    assertThat(e.line()).isPositive();
  }

  @Test
  void officersAndCaptainsNeedACredential() {
    String noCredential =
        replace(
            "        credential:\n"
                + "          reference: 执法证 0001\n"
                + "          expires: 2027-12-31\n",
            "");
    ValidationError e = onlyError(noCredential);
    assertThat(e.field()).isEqualTo("departments[0].members[0].credential");
    assertThat(e.problem()).contains("OFFICER and CAPTAIN");
  }

  @Test
  void anExpiredCredentialIsAWarning() {
    LoadedConsortium loaded = load(replace("expires: 2027-12-31", "expires: 2026-11-27"));
    assertThat(loaded.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.field()).isEqualTo("departments[0].members[0].credential.expires");
              assertThat(w.problem()).contains("expired on 2026-11-27").contains("OFFICER");
            });
    // The expiry day itself is still valid (it ends at midnight UTC+8).
    assertThat(load(replace("expires: 2027-12-31", "expires: 2026-11-28")).warnings()).hasSize(1);
  }

  @Test
  void aBadKeyReferenceNamesTheKinds() {
    ValidationError e = onlyError(replace("sealKey: seed:seal-b", "sealKey: vault:seal-b"));
    assertThat(e.field()).isEqualTo("departments[1].sealKey");
    assertThat(e.problem()).contains("unknown key kind 'vault'");
    assertThat(e.fix()).contains("keystore:PATH").contains("hsm:LABEL");
  }

  @Test
  void aHostNameInsteadOfAnIpIsAnError() {
    ValidationError e = onlyError(replace("host: 10.0.0.2", "host: jjdd.example.gov.cn"));
    assertThat(e.field()).isEqualTo("departments[1].nodes[0].host");
    assertThat(e.fix()).contains("IP address");
  }

  @Test
  void twoNodesOnOneHostNeedDifferentPorts() {
    List<ValidationError> errors = errors(replace("host: 10.0.0.2", "host: 10.0.0.1"));
    assertThat(errors)
        .extracting(ValidationError::field)
        .containsExactly(
            "departments[1].nodes[0].p2pPort",
            "departments[1].nodes[0].rpcPort",
            "departments[1].nodes[0].wsPort");
    assertThat(errors.get(0).problem())
        .contains("10.0.0.1:30303")
        .contains("departments[0].nodes[0].p2pPort");
  }

  @Test
  void aSeedKeyAndADifferentAddressContradictEachOther() {
    String yaml =
        replace(
            "key: seed:b-auditor,",
            "key: seed:b-auditor, address: \"0xfe3b557e8fb62b89f4916b721be55ceb828dbd74\",");
    ValidationError e = onlyError(yaml);
    assertThat(e.field()).isEqualTo("departments[1].members[0].address");
    assertThat(e.problem()).contains("not the address of its seed key");
  }

  @Test
  void oneAccountCannotBeTwoMembers() {
    ValidationError e = onlyError(replace("key: seed:b-auditor", "key: seed:a-officer"));
    assertThat(e.field()).isEqualTo("departments[1].members[0]");
    assertThat(e.problem()).contains("departments[0].members[0]");
  }

  @Test
  void aKeyGivenTwiceIsAnError() {
    ValidationError e =
        onlyError(
            replace(
                "  blockPeriodSeconds: 2\n", "  blockPeriodSeconds: 2\n  blockPeriodSeconds: 3\n"));
    assertThat(e.field()).isEqualTo("chain.blockPeriodSeconds");
    assertThat(e.problem()).isEqualTo("is given twice");
  }

  @Test
  void yamlOneOneBooleansAreRefused() {
    ValidationError e = onlyError(replace("validator: true\n", "validator: yes\n"));
    assertThat(e.field()).isEqualTo("departments[0].nodes[0].validator");
    assertThat(e.fix()).isEqualTo("write true or false");
  }

  @Test
  void everyErrorIsReportedInOneRun() {
    String broken =
        VALID
            .replace("code: D-B", "code: D-A")
            .replace("p2pPort: 30303\n", "p2pPort: 0\n")
            .replace("roles: [ADMIN]}", "roles: [BOSS]}")
            .replace("  requestTimeoutSeconds: 4\n", "");
    InvalidConsortiumException e =
        catchThrowableOfType(InvalidConsortiumException.class, () -> load(broken));
    assertThat(e.errors())
        .extracting(ValidationError::field)
        .contains(
            "chain.requestTimeoutSeconds",
            "departments[1].code",
            "departments[0].nodes[0].p2pPort",
            "departments[2].members[0].roles[0]");
    assertThat(e.getMessage()).startsWith("test.yaml has ").contains("errors:");
  }

  @Test
  void aConsortiumBuiltInCodeIsCheckedByTheSameRules() {
    Consortium c = load(VALID).consortium();
    Department a = c.departments().get(0);
    Node badNode =
        new Node(
            "A_1",
            "10.0.0.9",
            0,
            8545,
            8546,
            true,
            Node.LOCAL_RPC_HOST,
            java.util.Optional.empty());
    Department broken =
        new Department(
            a.code(), a.name(), a.sealKey(), a.encryptionKey(), List.of(badNode), a.members());
    Consortium edited =
        new Consortium(
            c.name(),
            c.chain(),
            c.devChain(),
            c.plugin(),
            List.of(
                broken, c.departments().get(1), c.departments().get(2), c.departments().get(3)));
    assertThatThrownBy(() -> LOADER.validate(edited))
        .isInstanceOfSatisfying(
            InvalidConsortiumException.class,
            ex ->
                assertThat(ex.errors())
                    .extracting(ValidationError::field)
                    .containsExactly(
                        "departments[0].nodes[0].name", "departments[0].nodes[0].p2pPort"));
  }
}
