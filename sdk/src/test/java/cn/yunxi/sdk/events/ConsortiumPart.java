package cn.yunxi.sdk.events;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.contracts.generated.Consortium;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.ProposalAction;
import cn.yunxi.sdk.model.Role;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Consortium events: the bootstrap DevConsortium did, three governance proposals, keys, members.
 */
final class ConsortiumPart extends ScenarioPart {

  ConsortiumPart(ScenarioPart shared) {
    super(shared);
  }

  /** What {@link DevConsortium#start()} emitted while deploying and bootstrapping. */
  void bootstrap() {
    Address deployer = address(chain.deployer);
    expectWhere(
        RequestRegistryLinked.class,
        e -> true,
        (m, t) -> new RequestRegistryLinked(m, address(chain.requests().getContractAddress())));
    department(ENFORCEMENT, "宁波市江北区综合行政执法局", chain.enforcementSeal);
    department(TRAFFIC, "宁波市公安局江北分局交通警察大队", chain.trafficSeal);
    bootstrapMember(chain.officer, ENFORCEMENT, Role.OFFICER);
    bootstrapMember(chain.captain, ENFORCEMENT, Role.CAPTAIN);
    bootstrapMember(chain.office, ENFORCEMENT, Role.OFFICE);
    bootstrapMember(chain.enforcementAdmin, ENFORCEMENT, Role.ADMIN);
    bootstrapMember(chain.custodian, TRAFFIC, Role.CUSTODIAN);
    bootstrapMember(chain.trafficAdmin, TRAFFIC, Role.ADMIN);
    expectWhere(
        BootstrapFinished.class, e -> true, (m, t) -> new BootstrapFinished(m, deployer, 2, t));
  }

  void department(Bytes32 code, String name, Credentials seal) {
    expectWhere(
        DepartmentRegistered.class,
        e -> ((DepartmentRegistered) e).department().equals(code),
        (m, t) ->
            new DepartmentRegistered(
                m, code, hash(name), address(seal), DevConsortium.publicKey(seal), t));
  }

  /**
   * Bootstrapped officers and captains hold a credential that DevConsortium makes expire a year
   * after the latest block time it reads just before the member's transaction: the previous block.
   */
  void bootstrapMember(Credentials who, Bytes32 department, Role role) {
    boolean credentialed = role == Role.OFFICER || role == Role.CAPTAIN;
    expectWhere(
        MemberSet.class,
        e -> ((MemberSet) e).account().equals(address(who)),
        (m, t) ->
            new MemberSet(
                m,
                address(who),
                department,
                Set.of(role),
                credentialed ? hash("执法证:" + who.getAddress()) : Bytes32.ZERO,
                credentialed
                    ? blockTimeAt(m.blockNumber() - 1).plus(Duration.ofDays(365))
                    : Instant.EPOCH,
                address(chain.deployer),
                t));
  }

  void governance() throws Exception {
    Consortium byEnforcement = as(chain.enforcementAdmin, Consortium::load, chain.consortium());
    Consortium byTraffic = as(chain.trafficAdmin, Consortium::load, chain.consortium());
    Consortium byMarket = as(marketAdmin, Consortium::load, chain.consortium());
    Bytes32 marketName = hash("宁波市江北区市场监督管理局");

    // Proposal 1: add a third department; two of two active departments approve.
    TransactionReceipt r =
        send(
            byEnforcement.propose(
                BigInteger.ONE,
                MARKET.toByteArray(),
                marketName.toByteArray(),
                marketSeal.getAddress(),
                DevConsortium.publicKey(marketSeal),
                marketAdmin.getAddress()));
    proposed(r, 1, ProposalAction.ADD_DEPARTMENT, MARKET, chain.enforcementAdmin, ENFORCEMENT);
    approved(send(byTraffic.approve(BigInteger.ONE)), 1, TRAFFIC, chain.trafficAdmin);
    r = send(byTraffic.execute(BigInteger.ONE));
    expect(
        r,
        DepartmentRegistered.class,
        (m, t) ->
            new DepartmentRegistered(
                m,
                MARKET,
                marketName,
                address(marketSeal),
                DevConsortium.publicKey(marketSeal),
                t));
    expect(
        r,
        MemberSet.class,
        (m, t) ->
            new MemberSet(
                m,
                address(marketAdmin),
                MARKET,
                Set.of(Role.ADMIN),
                Bytes32.ZERO,
                Instant.EPOCH,
                address(chain.trafficAdmin),
                t));
    executed(r, 1, MARKET, ProposalAction.ADD_DEPARTMENT);

    // Proposal 2: suspend it; three of three active departments approve (more than two thirds).
    r =
        send(
            byEnforcement.propose(
                BigInteger.TWO, MARKET.toByteArray(), new byte[32], zero(), new byte[0], zero()));
    proposed(r, 2, ProposalAction.SUSPEND_DEPARTMENT, MARKET, chain.enforcementAdmin, ENFORCEMENT);
    approved(send(byTraffic.approve(BigInteger.TWO)), 2, TRAFFIC, chain.trafficAdmin);
    approved(send(byMarket.approve(BigInteger.TWO)), 2, MARKET, marketAdmin);
    r = send(byEnforcement.execute(BigInteger.TWO));
    expect(r, DepartmentSuspended.class, (m, t) -> new DepartmentSuspended(m, MARKET, t));
    executed(r, 2, MARKET, ProposalAction.SUSPEND_DEPARTMENT);

    // Proposal 3: reactivate it; the two active departments approve.
    BigInteger three = BigInteger.valueOf(3);
    r =
        send(
            byTraffic.propose(
                three, MARKET.toByteArray(), new byte[32], zero(), new byte[0], zero()));
    proposed(r, 3, ProposalAction.REACTIVATE_DEPARTMENT, MARKET, chain.trafficAdmin, TRAFFIC);
    approved(send(byEnforcement.approve(three)), 3, ENFORCEMENT, chain.enforcementAdmin);
    r = send(byEnforcement.execute(three));
    expect(r, DepartmentReactivated.class, (m, t) -> new DepartmentReactivated(m, MARKET, t));
    executed(r, 3, MARKET, ProposalAction.REACTIVATE_DEPARTMENT);

    // The reactivated department rotates its keys.
    r =
        send(
            byMarket.setDepartmentKeys(
                marketSeal2.getAddress(), DevConsortium.publicKey(marketSeal2)));
    expect(
        r,
        DepartmentKeysChanged.class,
        (m, t) ->
            new DepartmentKeysChanged(
                m, MARKET, address(marketSeal2), DevConsortium.publicKey(marketSeal2), t));
  }

  void proposed(
      TransactionReceipt r,
      long id,
      ProposalAction action,
      Bytes32 department,
      Credentials proposer,
      Bytes32 proposerDepartment) {
    expect(
        r,
        ProposalCreated.class,
        (m, t) ->
            new ProposalCreated(
                m,
                BigInteger.valueOf(id),
                action,
                department,
                address(proposer),
                t.plus(Duration.ofDays(7))));
    approved(r, id, proposerDepartment, proposer);
  }

  void approved(TransactionReceipt r, long id, Bytes32 department, Credentials admin) {
    expect(
        r,
        ProposalApproved.class,
        (m, t) -> new ProposalApproved(m, BigInteger.valueOf(id), department, address(admin)));
  }

  void executed(TransactionReceipt r, long id, Bytes32 department, ProposalAction action) {
    expect(
        r,
        ProposalExecuted.class,
        (m, t) -> new ProposalExecuted(m, BigInteger.valueOf(id), department, action));
  }

  void members() throws Exception {
    long expiry = chain.latestBlockTime() + 365 * DAY;
    Bytes32 credential = hash("执法证:trafficCaptain");
    TransactionReceipt r =
        send(
            as(chain.trafficAdmin, Consortium::load, chain.consortium())
                .setMember(
                    trafficCaptain.getAddress(),
                    BigInteger.valueOf(Role.CAPTAIN.bit()),
                    credential.toByteArray(),
                    BigInteger.valueOf(expiry)));
    expect(
        r,
        MemberSet.class,
        (m, t) ->
            new MemberSet(
                m,
                address(trafficCaptain),
                TRAFFIC,
                Set.of(Role.CAPTAIN),
                credential,
                Instant.ofEpochSecond(expiry),
                address(chain.trafficAdmin),
                t));

    Consortium byAdmin = as(chain.enforcementAdmin, Consortium::load, chain.consortium());
    int officeAndAuditor = Role.toMask(EnumSet.of(Role.OFFICE, Role.AUDITOR));
    r =
        send(
            byAdmin.setMember(
                clerk.getAddress(),
                BigInteger.valueOf(officeAndAuditor),
                new byte[32],
                BigInteger.ZERO));
    expect(
        r,
        MemberSet.class,
        (m, t) ->
            new MemberSet(
                m,
                address(clerk),
                ENFORCEMENT,
                EnumSet.of(Role.OFFICE, Role.AUDITOR),
                Bytes32.ZERO,
                Instant.EPOCH,
                address(chain.enforcementAdmin),
                t));
    r = send(byAdmin.removeMember(clerk.getAddress()));
    expect(
        r,
        MemberRemoved.class,
        (m, t) ->
            new MemberRemoved(m, address(clerk), ENFORCEMENT, address(chain.enforcementAdmin), t));
  }
}
