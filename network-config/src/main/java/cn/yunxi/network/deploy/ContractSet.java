package cn.yunxi.network.deploy;

import cn.yunxi.contracts.generated.CaseRegistry;
import cn.yunxi.contracts.generated.Consortium;
import cn.yunxi.contracts.generated.DataRequestRegistry;
import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.contracts.generated.LetterRegistry;
import cn.yunxi.sdk.ContractAddresses;

/** The five contracts' wrappers, acting as the deployer. */
record ContractSet(
    Consortium consortium,
    CaseRegistry cases,
    EvidenceRegistry evidence,
    LetterRegistry letters,
    DataRequestRegistry requests) {

  static ContractSet load(ContractAddresses at, ChainSession chain) {
    var web3j = chain.web3j();
    var tm = chain.transactions();
    var gas = chain.gas();
    return new ContractSet(
        Consortium.load(at.consortium().toHex(), web3j, tm, gas),
        CaseRegistry.load(at.cases().toHex(), web3j, tm, gas),
        EvidenceRegistry.load(at.evidence().toHex(), web3j, tm, gas),
        LetterRegistry.load(at.letters().toHex(), web3j, tm, gas),
        DataRequestRegistry.load(at.requests().toHex(), web3j, tm, gas));
  }

  ContractAddresses addresses() {
    return ContractAddresses.fromHex(
        consortium.getContractAddress(),
        cases.getContractAddress(),
        evidence.getContractAddress(),
        letters.getContractAddress(),
        requests.getContractAddress());
  }
}
