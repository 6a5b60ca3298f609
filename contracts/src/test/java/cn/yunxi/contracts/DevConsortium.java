package cn.yunxi.contracts;

import cn.yunxi.contracts.generated.CaseRegistry;
import cn.yunxi.contracts.generated.Consortium;
import cn.yunxi.contracts.generated.DataRequestRegistry;
import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.contracts.generated.LetterRegistry;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.Contract;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/**
 * A two-department slice of the seed consortium (综合行政执法局 and 交警大队) deployed through the generated
 * wrappers on a fresh Anvil node, the way a real deployment goes: deploy in order, link the
 * evidence registry to the request registry, bootstrap departments and members, finish the
 * bootstrap. Transactions are signed with the chain id (EIP-155) and receipts polled every 100 ms.
 */
public final class DevConsortium implements AutoCloseable {
  public static final long CHAIN_ID = 20_261_128L;
  public static final int ROLE_OFFICER = 1;
  public static final int ROLE_CAPTAIN = 2;
  public static final int ROLE_OFFICE = 4;
  public static final int ROLE_CUSTODIAN = 8;
  public static final int ROLE_ADMIN = 32;
  public static final byte[] ENFORCEMENT = code("JB-ZHXZZF");
  public static final byte[] TRAFFIC = code("JB-JJDD");

  public final Credentials deployer = person("deployer");
  public final Credentials officer = person("officer");
  public final Credentials captain = person("captain");
  public final Credentials office = person("office");
  public final Credentials enforcementAdmin = person("enforcementAdmin");
  public final Credentials custodian = person("custodian");
  public final Credentials trafficAdmin = person("trafficAdmin");
  public final Credentials enforcementSeal = person("seal:enforcement");
  public final Credentials trafficSeal = person("seal:traffic");

  public final AnvilNode anvil;
  public final Web3j web3j;
  private final PollingTransactionReceiptProcessor receipts;
  private final ContractGasProvider freeGas =
      new StaticGasProvider(BigInteger.ZERO, BigInteger.valueOf(8_000_000));

  private Consortium consortium;
  private CaseRegistry cases;
  private EvidenceRegistry evidence;
  private LetterRegistry letters;
  private DataRequestRegistry requests;

  private DevConsortium(AnvilNode anvil) {
    this.anvil = anvil;
    this.web3j =
        Web3j.build(
            new HttpService(anvil.rpcUrl()), 100, Executors.newSingleThreadScheduledExecutor());
    this.receipts = new PollingTransactionReceiptProcessor(web3j, 100, 300);
  }

  public static DevConsortium start() throws Exception {
    return start(AnvilNode.start(CHAIN_ID));
  }

  /** Deploys and bootstraps on {@code node}, which must run with {@link #CHAIN_ID}. */
  public static DevConsortium start(AnvilNode node) throws Exception {
    DevConsortium chain = new DevConsortium(node);
    try {
      chain.deploy();
      chain.bootstrap();
      return chain;
    } catch (Exception | Error e) {
      chain.close();
      throw e;
    }
  }

  private void deploy() throws Exception {
    TransactionManager tm = txManager(deployer);
    String consortiumAddress = Consortium.deploy(web3j, tm, freeGas).send().getContractAddress();
    consortium = Consortium.load(consortiumAddress, web3j, tm, freeGas);
    cases = CaseRegistry.deploy(web3j, tm, freeGas, consortiumAddress).send();
    String casesAddress = cases.getContractAddress();
    evidence = EvidenceRegistry.deploy(web3j, tm, freeGas, consortiumAddress, casesAddress).send();
    letters = LetterRegistry.deploy(web3j, tm, freeGas, consortiumAddress, casesAddress).send();
    requests =
        DataRequestRegistry.deploy(
                web3j,
                tm,
                freeGas,
                consortiumAddress,
                casesAddress,
                letters.getContractAddress(),
                evidence.getContractAddress())
            .send();
    evidence.linkRequestRegistry(requests.getContractAddress()).send();
  }

  private void bootstrap() throws Exception {
    department(ENFORCEMENT, "宁波市江北区综合行政执法局", enforcementSeal);
    department(TRAFFIC, "宁波市公安局江北分局交通警察大队", trafficSeal);
    member(officer, ENFORCEMENT, ROLE_OFFICER, true);
    member(captain, ENFORCEMENT, ROLE_CAPTAIN, true);
    member(office, ENFORCEMENT, ROLE_OFFICE, false);
    member(enforcementAdmin, ENFORCEMENT, ROLE_ADMIN, false);
    member(custodian, TRAFFIC, ROLE_CUSTODIAN, false);
    member(trafficAdmin, TRAFFIC, ROLE_ADMIN, false);
    consortium.finishBootstrap().send();
  }

  private void department(byte[] code, String name, Credentials seal) throws Exception {
    consortium
        .bootstrapDepartment(
            code,
            Hash.sha3(name.getBytes(StandardCharsets.UTF_8)),
            seal.getAddress(),
            publicKey(seal))
        .send();
  }

  private void member(Credentials who, byte[] department, int roles, boolean credentialed)
      throws Exception {
    long expiry = credentialed ? latestBlockTime() + 365L * 86_400 : 0;
    byte[] credential =
        credentialed
            ? Hash.sha3(("执法证:" + who.getAddress()).getBytes(StandardCharsets.UTF_8))
            : new byte[32];
    consortium
        .bootstrapMember(
            who.getAddress(),
            department,
            BigInteger.valueOf(roles),
            credential,
            BigInteger.valueOf(expiry))
        .send();
  }

  /** A wrapper loader: the generated {@code X::load}. */
  public interface Loader<C> {
    C load(String address, Web3j web3j, TransactionManager tm, ContractGasProvider gas);
  }

  /** {@code contract}, acting as {@code who}. */
  public <C> C as(Credentials who, Loader<C> loader, Contract contract) {
    return loader.load(contract.getContractAddress(), web3j, txManager(who), freeGas);
  }

  private TransactionManager txManager(Credentials who) {
    return new RawTransactionManager(web3j, who, CHAIN_ID, receipts);
  }

  public long latestBlockTime() throws IOException {
    return web3j
        .ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false)
        .send()
        .getBlock()
        .getTimestamp()
        .longValue();
  }

  /** gasUsed − 21,000 − calldata cost (EIP-2028: 4 per zero byte, 16 per other byte). */
  public long executionGas(TransactionReceipt receipt) throws IOException {
    String input =
        web3j.ethGetTransactionByHash(receipt.getTransactionHash()).send().getResult().getInput();
    long calldata = 0;
    for (byte b : Numeric.hexStringToByteArray(input)) {
      calldata += b == 0 ? 4 : 16;
    }
    return receipt.getGasUsed().longValue() - 21_000 - calldata;
  }

  public static Credentials person(String name) {
    return Credentials.create(
        ECKeyPair.create(Numeric.toBigInt(Hash.sha3(name.getBytes(StandardCharsets.UTF_8)))));
  }

  /** The uncompressed public key x ‖ y (64 bytes), the department's key-wrapping key. */
  public static byte[] publicKey(Credentials who) {
    return Numeric.toBytesPadded(who.getEcKeyPair().getPublicKey(), 64);
  }

  /** A department code: its ASCII text, left-aligned in 32 bytes. */
  public static byte[] code(String text) {
    byte[] out = new byte[32];
    byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(ascii, 0, out, 0, ascii.length);
    return out;
  }

  public Consortium consortium() {
    return consortium;
  }

  public CaseRegistry cases() {
    return cases;
  }

  public EvidenceRegistry evidence() {
    return evidence;
  }

  public LetterRegistry letters() {
    return letters;
  }

  public DataRequestRegistry requests() {
    return requests;
  }

  @Override
  public void close() {
    web3j.shutdown();
    anvil.close();
  }
}
