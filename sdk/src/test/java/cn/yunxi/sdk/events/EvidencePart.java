package cn.yunxi.sdk.events;

import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CustodyAction;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Evidence events: a deposit, its correction, a batch anchor, an access recorded. */
final class EvidencePart extends ScenarioPart {

  EvidencePart(ScenarioPart shared) {
    super(shared);
  }

  void evidence(Bytes32 caseA) throws Exception {
    EvidenceRegistry byOfficer = as(chain.officer, EvidenceRegistry::load, chain.evidence());
    Address officer = address(chain.officer);
    byte[] photo = "photo: car parked on the green space".getBytes(StandardCharsets.UTF_8);
    Bytes32 sha = sha256(photo);
    Bytes32 sm3 = sm3(photo);
    Bytes32 blob = hash("blob:photo");
    Bytes32 meta = hash("meta:photo");
    Bytes32 firstId = cn.yunxi.sdk.model.EvidenceRecord.evidenceIdOf(caseA, sha, Bytes32.ZERO);
    TransactionReceipt r =
        send(
            byOfficer.deposit(
                caseA.toByteArray(),
                sha.toByteArray(),
                sm3.toByteArray(),
                BigInteger.ONE,
                blob.toByteArray(),
                meta.toByteArray()));
    expect(
        r,
        EvidenceDeposited.class,
        (m, t) ->
            new EvidenceDeposited(
                m, firstId, caseA, sha, sm3, 1, blob, meta, officer, t, Bytes32.ZERO));

    // A correction names the record it supersedes, passed in full (its time included).
    long depositedAt = blockTime(r);
    byte[] fixed =
        "photo: car parked on the green space, plate visible".getBytes(StandardCharsets.UTF_8);
    Bytes32 sha2 = sha256(fixed);
    Bytes32 sm32 = sm3(fixed);
    Bytes32 blob2 = hash("blob:photo:2");
    Bytes32 meta2 = hash("meta:photo:2");
    r =
        send(
            byOfficer.correct(
                new EvidenceRegistry.EvidenceRecord(
                    caseA.toByteArray(),
                    sha.toByteArray(),
                    sm3.toByteArray(),
                    BigInteger.ONE,
                    blob.toByteArray(),
                    meta.toByteArray(),
                    chain.officer.getAddress(),
                    BigInteger.valueOf(depositedAt),
                    new byte[32]),
                sha2.toByteArray(),
                sm32.toByteArray(),
                BigInteger.valueOf(4),
                blob2.toByteArray(),
                meta2.toByteArray()));
    Bytes32 secondId = cn.yunxi.sdk.model.EvidenceRecord.evidenceIdOf(caseA, sha2, firstId);
    expect(
        r,
        EvidenceDeposited.class,
        (m, t) ->
            new EvidenceDeposited(
                m, secondId, caseA, sha2, sm32, 4, blob2, meta2, officer, t, firstId));

    Bytes32 root = hash("merkle root of three PDA photos");
    Bytes32 manifest = hash("manifest blob");
    Bytes32 batchMeta = hash("PDA-07, 2026-11-28");
    r =
        send(
            byOfficer.anchorBatch(
                root.toByteArray(),
                BigInteger.valueOf(3),
                manifest.toByteArray(),
                batchMeta.toByteArray()));
    expect(
        r,
        BatchAnchored.class,
        (m, t) -> new BatchAnchored(m, root, ENFORCEMENT, officer, 3, manifest, batchMeta, t));

    Bytes32 purpose = hash("审核取证照片");
    r =
        send(
            as(chain.captain, EvidenceRegistry::load, chain.evidence())
                .recordAccess(
                    firstId.toByteArray(),
                    caseA.toByteArray(),
                    BigInteger.TWO,
                    purpose.toByteArray()));
    expect(
        r,
        CustodyRecorded.class,
        (m, t) ->
            new CustodyRecorded(
                m, firstId, caseA, address(chain.captain), CustodyAction.ACCESSED, purpose, t));
  }
}
