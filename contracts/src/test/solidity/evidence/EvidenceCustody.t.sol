// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {EvidenceTestBase} from "./EvidenceTestBase.sol";
import {EvidenceRegistry} from "yunxi/EvidenceRegistry.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {Roles} from "yunxi/Roles.sol";

/// @notice The custody trail (every access leaves a trace): custody recorded by the linked
/// data-request registry when a response is received, access / export / sharing recorded by
/// members of entitled departments or by auditors, and linking the request registry — once, by
/// the deployer, never to zero.
contract EvidenceCustodyTest is EvidenceTestBase {
    bytes32 internal constant SUBJECT = keccak256("an evidence id");
    bytes32 internal constant PURPOSE = keccak256(unicode"复核证据");

    function setUp() public override {
        super.setUp();
        _openCase(CASE_ID);
    }

    function _expectCustody(
        bytes32 subject,
        bytes32 caseId,
        address actor,
        EvidenceRegistry.CustodyAction action,
        bytes32 ref
    ) internal {
        vm.expectEmit(true, true, true, true, address(evidence));
        emit EvidenceRegistry.CustodyRecorded(subject, caseId, actor, action, ref, uint64(block.timestamp));
    }

    function _invalidAction(EvidenceRegistry.CustodyAction action) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_InvalidCustodyAction.selector, action);
    }

    // ================================================================ recordRequestCustody

    /// @dev The seed's flow: the officer confirms receipt of the traffic police's stamped record
    /// and the evidence registry records the custody, naming request, case, receiver and letter.
    function test_recordRequestCustody_onConfirmedReceipt() public {
        DataRequestRegistry.Request memory request = _requestFor(CASE_ID, 1);
        _advance(request, DataRequestRegistry.Status.Fulfilled);
        bytes32 requestId = keccak256(abi.encode(request));
        bytes32 letterId = requests.stateOf(requestId).letterId;
        vm.warp(START + 20 hours);

        _expectCustody(requestId, CASE_ID, officer, EvidenceRegistry.CustodyAction.ReceivedViaRequest, letterId);
        vm.prank(officer);
        requests.confirmReceipt(request);
    }

    function test_recordRequestCustody_byLinkedRegistry() public {
        _expectCustody(SUBJECT, CASE_ID, officer, EvidenceRegistry.CustodyAction.ReceivedViaRequest, PURPOSE);
        vm.prank(address(requests));
        evidence.recordRequestCustody(SUBJECT, CASE_ID, PURPOSE, officer);
    }

    function test_RevertWhen_recordRequestCustody_notTheRequestRegistry() public {
        address[4] memory callers = [officer, custodian, auditor, address(this)];
        for (uint256 i; i < 4; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_NotRequestRegistry.selector, callers[i])
            );
            vm.prank(callers[i]);
            evidence.recordRequestCustody(SUBJECT, CASE_ID, PURPOSE, officer);
        }
    }

    // ================================================================ recordAccess

    function test_recordAccess_byOfficerOfOwner() public {
        _expectCustody(SUBJECT, CASE_ID, officer, EvidenceRegistry.CustodyAction.Accessed, PURPOSE);
        vm.prank(officer);
        evidence.recordAccess(SUBJECT, CASE_ID, EvidenceRegistry.CustodyAction.Accessed, PURPOSE);
    }

    function test_recordAccess_anyRoleOfEntitledDepartment() public {
        _expectCustody(SUBJECT, CASE_ID, office, EvidenceRegistry.CustodyAction.Exported, PURPOSE);
        vm.prank(office);
        evidence.recordAccess(SUBJECT, CASE_ID, EvidenceRegistry.CustodyAction.Exported, PURPOSE);
        _expectCustody(SUBJECT, CASE_ID, enforcementAdmin, EvidenceRegistry.CustodyAction.Shared, PURPOSE);
        vm.prank(enforcementAdmin);
        evidence.recordAccess(SUBJECT, CASE_ID, EvidenceRegistry.CustodyAction.Shared, PURPOSE);
    }

    function test_recordAccess_byHandedOffDepartmentsCustodian() public {
        vm.prank(officer);
        cases.handOff(CASE_ID, TRAFFIC);
        _expectCustody(SUBJECT, CASE_ID, custodian, EvidenceRegistry.CustodyAction.Accessed, PURPOSE);
        vm.prank(custodian);
        evidence.recordAccess(SUBJECT, CASE_ID, EvidenceRegistry.CustodyAction.Accessed, PURPOSE);
    }

    /// @dev Supervision (执法监督) reads any case, even one that is not on chain (no existence check).
    function test_recordAccess_byAuditorOnAnyCase() public {
        _expectCustody(SUBJECT, CASE_ID, auditor, EvidenceRegistry.CustodyAction.Exported, PURPOSE);
        vm.prank(auditor);
        evidence.recordAccess(SUBJECT, CASE_ID, EvidenceRegistry.CustodyAction.Exported, PURPOSE);
        _expectCustody(SUBJECT, UNKNOWN_CASE, auditor, EvidenceRegistry.CustodyAction.Accessed, PURPOSE);
        vm.prank(auditor);
        evidence.recordAccess(SUBJECT, UNKNOWN_CASE, EvidenceRegistry.CustodyAction.Accessed, PURPOSE);
    }

    function test_RevertWhen_recordAccess_actionNone() public {
        vm.expectRevert(_invalidAction(EvidenceRegistry.CustodyAction.None));
        vm.prank(officer);
        evidence.recordAccess(SUBJECT, CASE_ID, EvidenceRegistry.CustodyAction.None, PURPOSE);
    }

    function test_RevertWhen_recordAccess_actionReceivedViaRequest() public {
        vm.expectRevert(_invalidAction(EvidenceRegistry.CustodyAction.ReceivedViaRequest));
        vm.prank(auditor);
        evidence.recordAccess(SUBJECT, CASE_ID, EvidenceRegistry.CustodyAction.ReceivedViaRequest, PURPOSE);
    }

    function test_RevertWhen_recordAccess_actionOutOfRange() public {
        bytes memory call =
            abi.encodeWithSelector(evidence.recordAccess.selector, SUBJECT, CASE_ID, uint256(5), PURPOSE);
        vm.prank(officer);
        (bool ok,) = address(evidence).call(call);
        assertFalse(ok, "5 is not a CustodyAction");
    }

    function test_RevertWhen_recordAccess_byOutsider() public {
        vm.expectRevert(_unauthorised(outsider, Roles.ALL));
        vm.prank(outsider);
        evidence.recordAccess(SUBJECT, CASE_ID, EvidenceRegistry.CustodyAction.Accessed, PURPOSE);
    }

    function test_RevertWhen_recordAccess_byOtherDepartment() public {
        vm.expectRevert(_notEntitled(CASE_ID, TRAFFIC));
        vm.prank(custodian);
        evidence.recordAccess(SUBJECT, CASE_ID, EvidenceRegistry.CustodyAction.Accessed, PURPOSE);
    }

    function test_RevertWhen_recordAccess_unknownCaseByMember() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(officer);
        evidence.recordAccess(SUBJECT, UNKNOWN_CASE, EvidenceRegistry.CustodyAction.Accessed, PURPOSE);
    }

    function test_RevertWhen_recordAccess_credentialExpired() public {
        _expireCredentials(); // the officer holds OFFICER only: nothing left
        vm.expectRevert(_unauthorised(officer, Roles.ALL));
        vm.prank(officer);
        evidence.recordAccess(SUBJECT, CASE_ID, EvidenceRegistry.CustodyAction.Accessed, PURPOSE);
    }

    function test_RevertWhen_recordAccess_departmentSuspended() public {
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(office, Roles.ALL));
        vm.prank(office);
        evidence.recordAccess(SUBJECT, CASE_ID, EvidenceRegistry.CustodyAction.Accessed, PURPOSE);
    }

    function test_RevertWhen_recordAccess_auditorsDepartmentSuspended() public {
        _suspend(SUPERVISION);
        vm.expectRevert(_unauthorised(auditor, Roles.ALL));
        vm.prank(auditor);
        evidence.recordAccess(SUBJECT, CASE_ID, EvidenceRegistry.CustodyAction.Accessed, PURPOSE);
    }

    // ================================================================ linkRequestRegistry

    function test_linkRequestRegistry_onceByDeployer() public {
        EvidenceRegistry fresh = new EvidenceRegistry(consortium, cases);
        assertEq(fresh.requestRegistry(), address(0), "unlinked");
        address registry = makeAddr("request registry");

        vm.expectEmit(true, true, true, true, address(fresh));
        emit EvidenceRegistry.RequestRegistryLinked(registry);
        fresh.linkRequestRegistry(registry);
        assertEq(fresh.requestRegistry(), registry, "linked");

        vm.expectEmit(true, true, true, true, address(fresh));
        emit EvidenceRegistry.CustodyRecorded(
            SUBJECT, CASE_ID, officer, EvidenceRegistry.CustodyAction.ReceivedViaRequest, PURPOSE, START
        );
        vm.prank(registry);
        fresh.recordRequestCustody(SUBJECT, CASE_ID, PURPOSE, officer);
    }

    function test_RevertWhen_recordRequestCustody_beforeLinking() public {
        EvidenceRegistry fresh = new EvidenceRegistry(consortium, cases);
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_NotRequestRegistry.selector, officer));
        vm.prank(officer);
        fresh.recordRequestCustody(SUBJECT, CASE_ID, PURPOSE, officer);
    }

    function test_RevertWhen_linkRequestRegistry_notDeployer() public {
        EvidenceRegistry fresh = new EvidenceRegistry(consortium, cases);
        address registry = makeAddr("request registry");
        vm.expectRevert(
            abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_NotDeployer.selector, enforcementAdmin)
        );
        vm.prank(enforcementAdmin);
        fresh.linkRequestRegistry(registry);
        assertEq(fresh.requestRegistry(), address(0), "still unlinked");
    }

    function test_RevertWhen_linkRequestRegistry_twice() public {
        EvidenceRegistry fresh = new EvidenceRegistry(consortium, cases);
        address first = makeAddr("first");
        fresh.linkRequestRegistry(first);
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_AlreadyLinked.selector, first));
        fresh.linkRequestRegistry(makeAddr("second"));
        assertEq(fresh.requestRegistry(), first, "first link kept");
    }

    function test_RevertWhen_linkRequestRegistry_fixtureAlreadyLinked() public {
        vm.expectRevert(
            abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_AlreadyLinked.selector, address(requests))
        );
        evidence.linkRequestRegistry(makeAddr("replacement"));
    }

    function test_RevertWhen_linkRequestRegistry_zero() public {
        EvidenceRegistry fresh = new EvidenceRegistry(consortium, cases);
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_InvalidAddress.selector));
        fresh.linkRequestRegistry(address(0));
    }
}
