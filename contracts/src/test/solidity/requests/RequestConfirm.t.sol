// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// DataRequestRegistry.confirmReceipt: only the creator, still an OFFICER of the requesting
// department, confirms a fulfilled request; the receipt is recorded as custody in the
// EvidenceRegistry (subject = the request, ref = the bound letter).

import {RequestBase} from "./RequestBase.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {EvidenceRegistry} from "yunxi/EvidenceRegistry.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

contract RequestConfirmTest is RequestBase {
    DataRequestRegistry.Request internal request;
    bytes32 internal requestId;
    bytes32 internal letterId;

    function setUp() public override {
        super.setUp();
        request = _requestFor(CASE_ID, 1);
        requestId = _id(request);
        ILetterRegistry.Letter memory letter = _advance(request, DataRequestRegistry.Status.Fulfilled);
        letterId = _letterDigest(letter);
        vm.warp(START + 17 hours);
    }

    function test_confirmReceipt_recordsCustodyAndEmits() public {
        vm.expectEmit(true, true, true, true, address(evidence));
        emit EvidenceRegistry.CustodyRecorded(
            requestId, CASE_ID, officer, EvidenceRegistry.CustodyAction.ReceivedViaRequest, letterId, START + 17 hours
        );
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.ReceiptConfirmed(requestId, officer, START + 17 hours);
        vm.prank(officer);
        requests.confirmReceipt(request);

        DataRequestRegistry.State memory s = requests.stateOf(requestId);
        assertEq(uint256(s.status), uint256(DataRequestRegistry.Status.Confirmed), "status");
        assertEq(s.letterId, letterId, "letter kept");
    }

    function test_confirmReceipt_evenAfterTheLetterWasRevoked() public {
        // The data was handed over under a valid letter; revoking it later does not undo that.
        _revoke(letterId);
        vm.prank(officer);
        requests.confirmReceipt(request);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Confirmed), "confirmed");
    }

    function test_RevertWhen_confirmReceipt_callerIsAnotherOfficer() public {
        _expectNotCreator(officer2);
    }

    function test_RevertWhen_confirmReceipt_callerIsTheApprovingCaptain() public {
        _expectNotCreator(captain);
    }

    function test_RevertWhen_confirmReceipt_callerIsTheCustodian() public {
        _expectNotCreator(custodian);
    }

    function test_RevertWhen_confirmReceipt_callerIsAnOutsider() public {
        _expectNotCreator(outsider);
    }

    function test_RevertWhen_confirmReceipt_creatorsCredentialExpired() public {
        _expireCredential(enforcementAdmin, officer, Roles.OFFICER);
        _expectCreatorUnauthorised();
    }

    function test_RevertWhen_confirmReceipt_creatorLeftTheDepartment() public {
        vm.prank(enforcementAdmin);
        consortium.removeMember(officer);
        _expectCreatorUnauthorised();
    }

    function test_RevertWhen_confirmReceipt_requestingDepartmentIsSuspended() public {
        _suspend(ENFORCEMENT);
        _expectCreatorUnauthorised();
    }

    function test_RevertWhen_confirmReceipt_creatorNowServesAnotherDepartment() public {
        vm.prank(enforcementAdmin);
        consortium.removeMember(officer);
        _setMember(fireAdmin, officer, Roles.OFFICER, uint64(block.timestamp) + CREDENTIAL_VALID_FOR);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_WrongDepartment.selector, ENFORCEMENT, FIRE)
        );
        vm.prank(officer);
        requests.confirmReceipt(request);
    }

    function test_RevertWhen_confirmReceipt_requestNotFulfilled() public {
        DataRequestRegistry.Request memory accepted = _requestFor(CASE_ID, 2);
        _advance(accepted, DataRequestRegistry.Status.Accepted);
        vm.expectRevert(_statusError(accepted, DataRequestRegistry.Status.Accepted));
        vm.prank(officer);
        requests.confirmReceipt(accepted);
    }

    function test_RevertWhen_confirmReceipt_alreadyConfirmed() public {
        vm.prank(officer);
        requests.confirmReceipt(request);
        vm.expectRevert(_statusError(request, DataRequestRegistry.Status.Confirmed));
        vm.prank(officer);
        requests.confirmReceipt(request);
    }

    function test_RevertWhen_confirmReceipt_requestIsUnknown() public {
        DataRequestRegistry.Request memory unknown = _requestFor(CASE_ID, 99);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_UnknownRequest.selector, _id(unknown))
        );
        vm.prank(officer);
        requests.confirmReceipt(unknown);
    }

    function test_RevertWhen_recordRequestCustody_calledDirectlyInsteadOfThroughTheRegistry() public {
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_NotRequestRegistry.selector, officer));
        vm.prank(officer);
        evidence.recordRequestCustody(requestId, CASE_ID, letterId, officer);
    }

    function _expectNotCreator(address caller) private {
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_NotCreator.selector, caller, officer)
        );
        vm.prank(caller);
        requests.confirmReceipt(request);
    }

    function _expectCreatorUnauthorised() private {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, officer, Roles.OFFICER));
        vm.prank(officer);
        requests.confirmReceipt(request);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Fulfilled), "still fulfilled");
    }
}
