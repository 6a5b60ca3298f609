package cn.yunxi.sdk.events;

/** An event of the Consortium: departments, members, governance proposals, the bootstrap. */
public sealed interface ConsortiumEvent extends YunxiEvent
    permits BootstrapFinished,
        DepartmentKeysChanged,
        DepartmentReactivated,
        DepartmentRegistered,
        DepartmentSuspended,
        MemberRemoved,
        MemberSet,
        ProposalApproved,
        ProposalCreated,
        ProposalExecuted {

  @Override
  default YunxiContract contract() {
    return YunxiContract.CONSORTIUM;
  }
}
